package org.knotwork.web.api.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as the client wrote it. Numbers keep their text, so a whole-number field can tell {@code 7} from
 * {@code 7.0} or {@code 7e0}, and objects keep their keys in order.
 */
sealed interface JsonNode {

    /** How the messages name this kind of value. */
    String kind();

    record Obj(Map<String, JsonNode> members) implements JsonNode {
        public String kind() {
            return "an object";
        }
    }

    record Arr(List<JsonNode> items) implements JsonNode {
        public String kind() {
            return "a list";
        }
    }

    record Str(String value) implements JsonNode {
        public String kind() {
            return "text";
        }
    }

    /** {@code value} is null when the number is too large even for a decimal (an exponent beyond any use). */
    record Num(String text, BigDecimal value) implements JsonNode {
        public String kind() {
            return "a number";
        }

        /** Written as a whole number: no fraction, no exponent. */
        boolean writtenWhole() {
            return text.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        }
    }

    record Bool(boolean value) implements JsonNode {
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record Null() implements JsonNode {
        public String kind() {
            return "null";
        }
    }
}
