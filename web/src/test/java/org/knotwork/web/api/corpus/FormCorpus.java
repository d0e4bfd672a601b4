package org.knotwork.web.api.corpus;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.knotwork.web.api.corpus.Mutation.Expect;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.ValueWhenSent;

/**
 * Bad (and borderline) inputs made from a form's declared fields and their Bean Validation constraints, not written
 * by hand: for each field the values of the wrong kind, fractions and text for numbers, numbers beyond any range,
 * the values just outside (and at) each bound, text too long, NUL and half characters, unknown and doubled keys,
 * required fields left out or emptied. A form added tomorrow gets its cases from its own declarations.
 */
final class FormCorpus {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final List<Mutation> mutations = new ArrayList<>();
    private final boolean save;
    private final boolean kinds;

    private FormCorpus(boolean save, boolean kinds) {
        this.save = save;
        this.kinds = kinds;
    }

    /**
     * @param base a valid body of this form, holding every nested object and at least one item of every list, so
     *     each field has a place to be changed in
     * @param save whether the address saves a whole record (PUT), which keeps what a body leaves out
     */
    static List<Mutation> of(Class<? extends JsonForm> form, JsonObject base, boolean save) {
        return of(form, base, save, true);
    }

    /** @param kinds whether to make each field's cases of kind and bounds too, or only those of a save */
    static List<Mutation> of(Class<? extends JsonForm> form, JsonObject base, boolean save, boolean kinds) {
        FormCorpus corpus = new FormCorpus(save, kinds);
        corpus.object(form, base, "", true);
        return corpus.mutations;
    }

    private void object(Class<?> form, JsonObject base, String path, boolean merged) {
        List<Field> fields = fields(form);
        String dot = path.isEmpty() ? "" : path + ".";
        if (!kinds) {
            fields.forEach(field -> field(form, field, base, dot + field.getName(), merged));
            return;
        }
        mutations.add(Mutation.member("unknown field", path, "nickname", "\"x\"", dot + "nickname"));
        String first = fields.get(0).getName();
        String misspelt = first.toLowerCase().equals(first) ? first + "s" : first.toLowerCase();
        mutations.add(Mutation.member("misspelt field", path, misspelt, "\"x\"", dot + misspelt));
        if (base.containsKey(first)) {
            mutations.add(Mutation.member(
                    "key given twice", path, first, base.get(first).toString(), dot + first));
        }
        for (Field field : fields) {
            field(form, field, base, dot + field.getName(), merged);
        }
    }

    private void field(Class<?> form, Field field, JsonObject base, String path, boolean merged) {
        PropertyDescriptor property = VALIDATOR.getConstraintsForClass(form).getConstraintsForProperty(field.getName());
        Set<ConstraintDescriptor<?>> constraints = property == null ? Set.of() : property.getConstraintDescriptors();
        if (base.containsKey(field.getName())) {
            boolean required = has(constraints, "NotNull", "NotBlank", "NotEmpty");
            boolean kept = save && merged;
            if (required || field.isAnnotationPresent(ValueWhenSent.class)) {
                mutations.add(Mutation.set("sent as null", path, "null", Expect.REFUSED));
            }
            if (required || kept) {
                mutations.add(Mutation.set(
                        kept ? "left out of a save" : "left out", path, null, kept ? Expect.KEPT : Expect.REFUSED));
            }
        }
        Class<?> raw = raw(field.getGenericType());
        JsonValue value = base.get(field.getName());
        if (JsonForm.class.isAssignableFrom(raw)) {
            if (kinds) {
                mutations.add(Mutation.set("text for an object", path, "\"x\"", Expect.REFUSED));
                mutations.add(Mutation.set("a list for an object", path, "[]", Expect.REFUSED));
            }
            if (value instanceof JsonObject nested) {
                object(raw, nested, path, merged);
            }
        } else if (!kinds) {
            return;
        } else if (raw == List.class) {
            list((ParameterizedType) field.getGenericType(), constraints, containerElements(property), value, path);
        } else if (raw == Map.class) {
            mutations.add(Mutation.set("a list for named texts", path, "[\"a\"]", Expect.REFUSED));
            mutations.add(
                    Mutation.set("a number for a named text", path, "{\"1:PAINFUL_COMPRESSION\":4}", Expect.REFUSED));
            mutations.add(Mutation.set(
                    "a NUL in a named text", path, "{\"1:PAINFUL_COMPRESSION\":\"a\\u0000b\"}", Expect.REFUSED));
        } else {
            mutations.addAll(Scalars.of(raw, constraints, path));
        }
    }

    private void list(
            ParameterizedType type,
            Set<ConstraintDescriptor<?>> constraints,
            Set<ConstraintDescriptor<?>> elements,
            JsonValue base,
            String path) {
        mutations.add(Mutation.set("text for a list", path, "\"x\"", Expect.REFUSED));
        mutations.add(Mutation.set("an object for a list", path, "{}", Expect.REFUSED));
        if (has(elements, "NotNull", "NotBlank")) {
            mutations.add(Mutation.set("a missing item", path, "[null]", Expect.REFUSED)
                    .pointingAt(path + "[0]"));
        }
        if (!(base instanceof JsonArray items) || items.isEmpty()) {
            return;
        }
        Integer max = attribute(constraints, "Size", "max");
        if (max != null && max < 100) {
            String many = "["
                    + String.join(",", Collections.nCopies(max + 1, items.get(0).toString())) + "]";
            mutations.add(Mutation.set("one item too many", path, many, Expect.REFUSED));
        }
        Class<?> element = raw(type.getActualTypeArguments()[0]);
        if (JsonForm.class.isAssignableFrom(element)) {
            mutations.add(Mutation.set("text for an item", path + "[0]", "\"x\"", Expect.REFUSED));
            object(element, items.getJsonObject(0), path + "[0]", false);
        } else {
            mutations.addAll(Scalars.of(element, elements, path + "[0]"));
        }
    }

    static List<Field> fields(Class<?> form) {
        return Arrays.stream(form.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Set<ConstraintDescriptor<?>> containerElements(PropertyDescriptor property) {
        if (property == null) {
            return Set.of();
        }
        return property.getConstrainedContainerElementTypes().stream()
                .map(ContainerElementTypeDescriptor::getConstraintDescriptors)
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
    }

    static boolean has(Set<ConstraintDescriptor<?>> constraints, String... names) {
        Set<String> wanted = Set.of(names);
        return constraints.stream()
                .anyMatch(
                        c -> wanted.contains(c.getAnnotation().annotationType().getSimpleName()));
    }

    @SuppressWarnings("unchecked")
    static <T> T attribute(Set<ConstraintDescriptor<?>> constraints, String annotation, String attribute) {
        for (ConstraintDescriptor<?> constraint : constraints) {
            if (constraint.getAnnotation().annotationType().getSimpleName().equals(annotation)) {
                Map<String, Object> attributes = constraint.getAttributes();
                return (T) attributes.get(attribute);
            }
        }
        return null;
    }
}
