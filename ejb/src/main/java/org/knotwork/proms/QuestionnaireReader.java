package org.knotwork.proms;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.platform.JsonP;

/** Reads a FHIR R4 Questionnaire with Knotwork's scoring extension into a {@link LoadedQuestionnaire}. */
final class QuestionnaireReader {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private QuestionnaireReader() {}

    static LoadedQuestionnaire read(String json) {
        JsonObject q;
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json == null ? "" : json))) {
            q = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw LoadedQuestionnaire.refused("", "The questionnaire is not a JSON object: " + e.getMessage());
        }
        if (!"Questionnaire".equals(string(q, "resourceType"))) {
            throw LoadedQuestionnaire.refused(
                    "resourceType", "Load a FHIR Questionnaire (resourceType Questionnaire).");
        }
        String name = string(q, "name");
        if (name == null || !LoadedQuestionnaire.CODE.matcher(name).matches()) {
            throw LoadedQuestionnaire.refused(
                    "name", "Give the questionnaire a name of 2 to 40 capitals, digits or _ (e.g. ODI): its code.");
        }
        if (MeasureCatalogue.builtIn(name).isPresent()) {
            throw LoadedQuestionnaire.refused("name", name + " is shipped with Knotwork; choose another name.");
        }
        String url = string(q, "url");
        if (url == null || url.isBlank() || url.length() > 400 || url.startsWith(MeasureCatalogue.CANONICAL)) {
            throw LoadedQuestionnaire.refused(
                    "url", "Give the questionnaire's canonical url (at most 400 characters, not Knotwork's own).");
        }
        String title = string(q, "title");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw LoadedQuestionnaire.refused("title", "Give the questionnaire a title of at most 200 characters.");
        }
        List<MeasureItem> items = new ArrayList<>();
        Map<String, Map<Integer, JsonObject>> codings = new HashMap<>();
        JsonArray itemArray = array(q, "item");
        if (itemArray.isEmpty() || itemArray.size() > 100) {
            throw LoadedQuestionnaire.refused("item", "A questionnaire has 1 to 100 items.");
        }
        Set<String> linkIds = new HashSet<>();
        for (int i = 0; i < itemArray.size(); i++) {
            JsonObject item = object(itemArray.get(i), "item[" + i + "]");
            if ("display".equals(string(item, "type"))) {
                continue;
            }
            MeasureItem read = item(item, "item[" + i + "]", codings);
            if (!linkIds.add(read.linkId())) {
                throw LoadedQuestionnaire.refused("item[" + i + "].linkId", "Each item has its own linkId.");
            }
            items.add(read);
        }
        return scoring(q, name, url, title.strip(), items, codings);
    }

    private static LoadedQuestionnaire scoring(
            JsonObject q,
            String code,
            String url,
            String title,
            List<MeasureItem> items,
            Map<String, Map<Integer, JsonObject>> codings) {
        JsonObject scoring = array(q, "extension").stream()
                .filter(e -> e instanceof JsonObject o && MeasureCatalogue.SCORING_EXTENSION.equals(string(o, "url")))
                .map(JsonValue::asJsonObject)
                .findFirst()
                .orElseThrow(() -> LoadedQuestionnaire.refused(
                        "extension", "Say how it is scored with the extension " + MeasureCatalogue.SCORING_EXTENSION));
        Map<String, JsonObject> parts = new LinkedHashMap<>();
        for (JsonValue part : array(scoring, "extension")) {
            JsonObject o = object(part, "extension.extension");
            parts.put(string(o, "url"), o);
        }
        ScoringMethod method = parts.containsKey("method")
                ? ScoringMethod.ofCode(string(parts.get("method"), "valueCode")).orElse(null)
                : null;
        if (method == null) {
            throw LoadedQuestionnaire.refused(
                    "extension.method",
                    "Name the scoring method: sum, mean, percent-of-max-answered or percent-of-range-answered.");
        }
        int minimum = parts.containsKey("minimumAnswered")
                ? integer(parts.get("minimumAnswered"), "valueInteger", "extension.minimumAnswered")
                : items.size();
        if (minimum < 1 || minimum > items.size()) {
            throw LoadedQuestionnaire.refused(
                    "extension.minimumAnswered", "minimumAnswered is between 1 and the number of items.");
        }
        BigDecimal important = parts.containsKey("importantChange")
                        && parts.get("importantChange").get("valueDecimal") instanceof JsonNumber n
                ? n.bigDecimalValue()
                : null;
        if (important == null || important.signum() <= 0) {
            throw LoadedQuestionnaire.refused(
                    "extension.importantChange", "Give the clinically important change as a positive valueDecimal.");
        }
        String better = parts.containsKey("betterWhen") ? string(parts.get("betterWhen"), "valueCode") : null;
        BetterWhen betterWhen = BetterWhen.HIGHER.code().equals(better)
                ? BetterWhen.HIGHER
                : BetterWhen.LOWER.code().equals(better) ? BetterWhen.LOWER : null;
        if (betterWhen == null) {
            throw LoadedQuestionnaire.refused(
                    "extension.betterWhen", "Say whether a higher or a lower score is better (betterWhen).");
        }
        return new LoadedQuestionnaire(
                code, url, title, items, method, minimum, important.doubleValue(), betterWhen, codings);
    }

    private static MeasureItem item(JsonObject item, String at, Map<String, Map<Integer, JsonObject>> codings) {
        String linkId = string(item, "linkId");
        if (linkId == null || linkId.isBlank() || linkId.length() > 60) {
            throw LoadedQuestionnaire.refused(at + ".linkId", "Each item needs a linkId of at most 60 characters.");
        }
        String text = string(item, "text");
        String type = string(item, "type");
        boolean required = item.getBoolean("required", false);
        if ("integer".equals(type)) {
            Integer min = extensionInteger(item, MIN_VALUE);
            Integer max = extensionInteger(item, MAX_VALUE);
            if (min == null || max == null || min >= max) {
                throw LoadedQuestionnaire.refused(
                        at, "An integer item gives its range with the minValue and maxValue extensions.");
            }
            return new MeasureItem(linkId, text, false, min, max, List.of(), required);
        }
        if (!"choice".equals(type)) {
            throw LoadedQuestionnaire.refused(
                    at + ".type", "Items are integer or choice (or display); not " + type + ".");
        }
        List<MeasureItem.Option> options = new ArrayList<>();
        Map<Integer, JsonObject> codingOf = new HashMap<>();
        JsonArray answerOptions = array(item, "answerOption");
        for (int j = 0; j < answerOptions.size(); j++) {
            JsonObject option = object(answerOptions.get(j), at + ".answerOption[" + j + "]");
            if (option.get("valueInteger") instanceof JsonNumber n && n.isIntegral()) {
                options.add(new MeasureItem.Option(n.intValue(), String.valueOf(n.intValue())));
            } else if (option.get("valueCoding") instanceof JsonObject coding) {
                Integer ordinal = ordinal(coding, at + ".answerOption[" + j + "]");
                codingOf.put(ordinal, coding);
                options.add(new MeasureItem.Option(ordinal, string(coding, "display")));
            } else {
                throw LoadedQuestionnaire.refused(
                        at + ".answerOption[" + j + "]",
                        "An answer option is a valueInteger, or a valueCoding with an ordinalValue extension.");
            }
        }
        if (options.size() < 2
                || options.stream().map(MeasureItem.Option::value).distinct().count() != options.size()) {
            throw LoadedQuestionnaire.refused(
                    at + ".answerOption", "A choice item has at least two options, each with its own score.");
        }
        if (!codingOf.isEmpty()) {
            codings.put(linkId, codingOf);
        }
        int min = options.stream().mapToInt(MeasureItem.Option::value).min().orElseThrow();
        int max = options.stream().mapToInt(MeasureItem.Option::value).max().orElseThrow();
        return new MeasureItem(linkId, text, false, min, max, options, required);
    }

    private static Integer ordinal(JsonObject coding, String at) {
        return array(coding, "extension").stream()
                .filter(e -> e instanceof JsonObject o && ORDINAL_VALUE.equals(string(o, "url")))
                .map(e -> e.asJsonObject().get("valueDecimal"))
                .filter(v -> v instanceof JsonNumber n && n.isIntegral())
                .map(v -> ((JsonNumber) v).intValue())
                .findFirst()
                .orElseThrow(() -> LoadedQuestionnaire.refused(
                        at, "A coded answer option carries its score as a whole-number ordinalValue extension."));
    }

    private static Integer extensionInteger(JsonObject item, String url) {
        return array(item, "extension").stream()
                .filter(e -> e instanceof JsonObject o && url.equals(string(o, "url")))
                .map(e -> e.asJsonObject().get("valueInteger"))
                .filter(v -> v instanceof JsonNumber n && n.isIntegral())
                .map(v -> ((JsonNumber) v).intValue())
                .findFirst()
                .orElse(null);
    }

    private static int integer(JsonObject o, String name, String at) {
        if (o.get(name) instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        throw LoadedQuestionnaire.refused(at, "Give a whole number as " + name + ".");
    }

    static String string(JsonObject o, String name) {
        return o.get(name) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    static JsonArray array(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value instanceof JsonArray a) {
            return a;
        }
        throw LoadedQuestionnaire.refused(name, name + " is a list.");
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value instanceof JsonObject o) {
            return o;
        }
        throw LoadedQuestionnaire.refused(at, at + " is an object.");
    }
}
