package org.knotwork.web.api.json;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.platform.JsonP;

/**
 * Reads a request body as exactly one JSON object, refusing what lenient parsers let through: bytes that are not
 * UTF-8, a byte order mark, a key given twice, anything after the object, nesting deeper than any form, and text
 * holding a NUL, another control character or half of a surrogate pair (which the database cannot store, or would
 * store as something else). Each refusal names the field where it can.
 */
final class JsonDocument {

    /** Deeper than any form nests (a note's episode's pressure is four levels down). */
    static final int MAX_DEPTH = 12;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonDocument() {}

    static JsonNode.Obj parse(byte[] body) {
        return parse(body, MAX_DEPTH);
    }

    /** As {@link #parse(byte[])}, for a document of another standard that may nest {@code levels} deep. */
    static JsonNode.Obj parse(byte[] body, int levels) {
        String text = utf8(body);
        if (text.chars().allMatch(JsonDocument::isJsonWhitespace)) {
            throw InvalidInputException.body("The request body is empty; send the record as one JSON object.");
        }
        try (JsonParser parser = JsonP.PROVIDER.createParser(new StringReader(text))) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw InvalidInputException.body(
                        "The request body must be one JSON object, in curly braces { }, not " + kindOf(first) + ".");
            }
            JsonNode.Obj root = readObject(parser, "", levels);
            long end = parser.getLocation().getStreamOffset();
            if (end >= 0
                    && !text.substring((int) Math.min(end, text.length()))
                            .chars()
                            .allMatch(JsonDocument::isJsonWhitespace)) {
                throw InvalidInputException.body(
                        "The request body holds something after its JSON object; send exactly" + " one object.");
            }
            return root;
        } catch (JsonParsingException e) {
            throw InvalidInputException.body("The request body is not valid JSON" + where(e.getLocation()) + ".");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw InvalidInputException.body("The request body is not valid JSON.");
        }
    }

    static String utf8(byte[] body) {
        if (body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2]) {
            throw InvalidInputException.body(
                    "The request body starts with a byte order mark; send UTF-8 JSON without one.");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.body("The request body is not valid UTF-8 text.");
        }
    }

    private static JsonNode.Obj readObject(JsonParser parser, String path, int levelsLeft) {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            if (TextCheck.problem(key) != null) {
                throw InvalidInputException.field(
                        path, "A field name " + (path.isEmpty() ? "" : "in " + path + " ") + TextCheck.problem(key));
            }
            String at = path.isEmpty() ? key : path + "." + key;
            if (members.containsKey(key)) {
                throw InvalidInputException.field(at, FieldNames.label(at) + " is given twice; send each field once.");
            }
            members.put(key, readValue(parser, parser.next(), at, levelsLeft));
        }
        return new JsonNode.Obj(members);
    }

    private static JsonNode readValue(JsonParser parser, Event event, String path, int levelsLeft) {
        return switch (event) {
            case START_OBJECT -> readObject(parser, path, deeper(path, levelsLeft));
            case START_ARRAY -> readArray(parser, path, deeper(path, levelsLeft));
            case VALUE_STRING -> text(path, parser.getString());
            case VALUE_NUMBER -> number(parser.getString());
            case VALUE_TRUE -> new JsonNode.Bool(true);
            case VALUE_FALSE -> new JsonNode.Bool(false);
            case VALUE_NULL -> new JsonNode.Null();
            default -> throw InvalidInputException.body("The request body is not valid JSON.");
        };
    }

    private static JsonNode.Arr readArray(JsonParser parser, String path, int levelsLeft) {
        List<JsonNode> items = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            items.add(readValue(parser, event, path + "[" + items.size() + "]", levelsLeft));
        }
        return new JsonNode.Arr(items);
    }

    private static int deeper(String path, int levelsLeft) {
        if (levelsLeft <= 1) {
            throw InvalidInputException.field(
                    path, "The request body nests deeper than any record; " + path + " holds too many levels.");
        }
        return levelsLeft - 1;
    }

    private static JsonNode.Str text(String path, String value) {
        String problem = TextCheck.problem(value);
        if (problem != null) {
            throw InvalidInputException.field(path, FieldNames.label(path) + " " + problem);
        }
        return new JsonNode.Str(value);
    }

    private static JsonNode.Num number(String text) {
        try {
            return new JsonNode.Num(text, new BigDecimal(text));
        } catch (NumberFormatException tooLarge) {
            return new JsonNode.Num(text, null);
        }
    }

    private static String kindOf(Event event) {
        return switch (event) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER -> "a number";
            case VALUE_NULL -> "null";
            default -> "true or false";
        };
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 0
                ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static boolean isJsonWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
