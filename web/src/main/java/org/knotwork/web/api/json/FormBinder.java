package org.knotwork.web.api.json;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.web.api.problem.Problem;

/**
 * Puts a JSON object's values into a form's fields, checking each against the field's declared type: no text for a
 * number, no fraction for a whole number, no number beyond what the field holds, no "yes" for true, no unknown field.
 * Every mistake is collected, each naming its field, so the caller can fix them all at once.
 */
final class FormBinder {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private FormBinder() {}

    static <T extends JsonForm> T bind(JsonNode.Obj root, Class<T> type) {
        FormBinder binder = new FormBinder();
        T form = binder.object(root, type, "");
        if (!binder.errors.isEmpty()) {
            throw new InvalidInputException(
                    400,
                    binder.errors.size() == 1
                            ? binder.errors.get(0).message()
                            : "Some fields are not of the right kind; each is listed.",
                    binder.errors);
        }
        return form;
    }

    private <T> T object(JsonNode.Obj node, Class<T> type, String path) {
        T form = instantiate(type);
        Map<String, Field> fields = FormFields.of(type);
        node.members().forEach((name, value) -> {
            String at = path.isEmpty() ? name : path + "." + name;
            Field field = fields.get(name);
            if (field == null) {
                errors.add(new Problem.FieldError(at, unknown(name, path, fields)));
                return;
            }
            int before = errors.size();
            Object converted = value(value, field.getGenericType(), at, field);
            if (errors.size() == before) {
                set(field, form, converted);
                ((JsonForm) form).markSent(name);
            }
        });
        return form;
    }

    private Object value(JsonNode node, Type type, String path, Field field) {
        Class<?> raw = raw(type);
        if (node instanceof JsonNode.Null) {
            if (raw.isPrimitive()) {
                errors.add(new Problem.FieldError(path, FieldNames.label(path) + " needs a value; null is not one."));
            } else if (field != null && field.isAnnotationPresent(ValueWhenSent.class)) {
                errors.add(new Problem.FieldError(
                        path,
                        path + " needs a value; null is not one. Leave " + path
                                + " out to keep the value it has (or, for a new record, to take the usual one)."));
            }
            return null;
        }
        if (JsonForm.class.isAssignableFrom(raw)) {
            if (node instanceof JsonNode.Obj object) {
                return object(object, raw, path);
            }
            return refuse(
                    path, FieldNames.label(path) + " must be an object in curly braces { }, not " + node.kind() + ".");
        }
        if (List.class.equals(raw)) {
            if (!(node instanceof JsonNode.Arr array)) {
                return refuse(
                        path,
                        FieldNames.label(path) + " must be a list in square brackets [ ], not " + node.kind() + ".");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                items.add(value(array.items().get(i), element, path + "[" + i + "]", null));
            }
            return items;
        }
        if (Map.class.equals(raw)) {
            if (!(node instanceof JsonNode.Obj object)) {
                return refuse(
                        path,
                        FieldNames.label(path) + " must be an object in curly braces { } of named values," + " not "
                                + node.kind() + ".");
            }
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> values = new LinkedHashMap<>();
            object.members()
                    .forEach((key, value) -> values.put(key, value(value, valueType, path + "[" + key + "]", null)));
            return values;
        }
        try {
            return ScalarValues.read(node, raw, path, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private Object refuse(String path, String message) {
        errors.add(new Problem.FieldError(path, message));
        return null;
    }

    private static String unknown(String name, String path, Map<String, Field> fields) {
        String likely = FieldNames.likely(name, fields.keySet());
        String where = path.isEmpty() ? "" : " in " + path;
        return "There is no field " + name + where + "."
                + (likely == null
                        ? " The fields here are: " + String.join(", ", fields.keySet()) + "."
                        : " Did you mean " + likely + "?");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof java.lang.reflect.AnnotatedType a) {
            return raw(a.getType());
        }
        throw new IllegalStateException("A form field of type " + type + " cannot be read from JSON.");
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A form needs a public constructor without parameters: " + type, e);
        }
    }

    private static void set(Field field, Object form, Object value) {
        try {
            field.set(form, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("A form's fields are public: " + field, e);
        }
    }
}
