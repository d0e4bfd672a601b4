package org.knotwork.proms;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.knotwork.platform.JsonP;

/** A response's answers as they are stored (and exported): a JSON array of {"linkId","text","value"}, skipped items without value. */
public final class AnswersJson {

    private AnswersJson() {}

    public static String write(List<Answer> answers) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        for (Answer answer : answers) {
            var item = JsonP.PROVIDER.createObjectBuilder().add("linkId", answer.linkId());
            if (answer.text() != null && !answer.text().isBlank()) {
                item.add("text", answer.text().strip());
            }
            if (answer.value() != null) {
                item.add("value", answer.value());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    public static List<Answer> read(String json) {
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .map(AnswersJson::answer)
                    .toList();
        }
    }

    private static Answer answer(JsonObject o) {
        return new Answer(
                o.getString("linkId"),
                o.get("text") instanceof JsonString text ? text.getString() : null,
                o.containsKey("value") ? o.getInt("value") : null);
    }
}
