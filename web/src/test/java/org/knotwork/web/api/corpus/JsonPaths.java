package org.knotwork.web.api.corpus;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields of a JSON document named as the API names them in errors ({@code points[0].episodes[2].minutes}): read one,
 * or write the document again with one field replaced by raw JSON text (which may be what no JSON library would
 * write: a lone surrogate escape, a key given twice) or left out.
 */
public final class JsonPaths {

    private static final String HOLE = "\u0001corpus-hole\u0001";
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(-?\\d+|\\*)]");

    private JsonPaths() {}

    /**
     * The value at the path, or null when there is none. An index below zero counts from the end ({@code [-1]} is the
     * last item); {@code [*]} takes the rest of the path in every item and gives the list of what it finds.
     */
    public static JsonValue get(JsonValue document, String path) {
        return get(document, steps(path), 0);
    }

    private static JsonValue get(JsonValue at, List<Object> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Object step = steps.get(i);
            if (step.equals(ALL) && at instanceof JsonArray array) {
                JsonArrayBuilder found = Json.createArrayBuilder();
                for (JsonValue item : array) {
                    JsonValue value = get(item, steps, i + 1);
                    found.add(value == null ? JsonValue.NULL : value);
                }
                return found.build();
            } else if (step instanceof String name && at instanceof JsonObject object) {
                at = object.get(name);
            } else if (step instanceof Integer index && at instanceof JsonArray array) {
                int position = index < 0 ? array.size() + index : index;
                at = position >= 0 && position < array.size() ? array.get(position) : null;
            } else {
                return null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    private static final String ALL = "*";

    /** The document as text with the field at {@code path} set to {@code rawJson}, or left out when it is null. */
    static String with(JsonObject document, String path, String rawJson) {
        JsonValue replaced = replace(document, steps(path), 0, rawJson == null ? null : Json.createValue(HOLE));
        String text = replaced.toString();
        return rawJson == null ? text : text.replace(Json.createValue(HOLE).toString(), rawJson);
    }

    /** The document as text with the object at {@code objectPath} starting with {@code "key": rawJson} as well. */
    static String withExtraMember(JsonObject document, String objectPath, String key, String rawJson) {
        JsonObject object = objectPath.isEmpty() ? document : (JsonObject) get(document, objectPath);
        String text = object.toString();
        String extended =
                "{" + Json.createValue(key) + ":" + rawJson + (object.isEmpty() ? "" : ",") + text.substring(1);
        if (objectPath.isEmpty()) {
            return extended;
        }
        return with(document, objectPath, extended);
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonStructure structure = reader.read();
            return structure.asJsonObject();
        }
    }

    public static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /** An object of these members, in no particular order. */
    public static JsonObject object(java.util.Map<String, JsonValue> members) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        members.forEach(object::add);
        return object.build();
    }

    static JsonValue parseValue(String json) {
        try (var reader = Json.createReader(new StringReader("[" + json + "]"))) {
            return reader.readArray().get(0);
        }
    }

    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher step = STEP.matcher(path);
        while (step.find()) {
            if (step.group(1) != null) {
                steps.add(step.group(1));
            } else {
                steps.add(step.group(2).equals(ALL) ? ALL : Integer.valueOf(step.group(2)));
            }
        }
        return steps;
    }

    private static JsonValue replace(JsonValue at, List<Object> steps, int i, JsonValue value) {
        Object step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof String name) {
            JsonObject object = (JsonObject) at;
            JsonObjectBuilder copy = Json.createObjectBuilder();
            boolean seen = false;
            for (var member : object.entrySet()) {
                if (member.getKey().equals(name)) {
                    seen = true;
                    JsonValue next = last ? value : replace(member.getValue(), steps, i + 1, value);
                    if (next != null) {
                        copy.add(name, next);
                    }
                } else {
                    copy.add(member.getKey(), member.getValue());
                }
            }
            if (!seen && last && value != null) {
                copy.add(name, value);
            }
            return copy.build();
        }
        JsonArray array = (JsonArray) at;
        JsonArrayBuilder copy = Json.createArrayBuilder();
        for (int index = 0; index < array.size(); index++) {
            if (index == (Integer) step) {
                JsonValue next = last ? value : replace(array.get(index), steps, i + 1, value);
                if (next != null) {
                    copy.add(next);
                }
            } else {
                copy.add(array.get(index));
            }
        }
        return copy.build();
    }
}
