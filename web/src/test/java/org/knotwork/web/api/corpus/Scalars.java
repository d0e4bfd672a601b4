package org.knotwork.web.api.corpus;

import static org.knotwork.web.api.corpus.FormCorpus.attribute;
import static org.knotwork.web.api.corpus.FormCorpus.has;

import jakarta.json.Json;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.knotwork.web.api.corpus.Mutation.Expect;

/** The cases of one field holding a single value, from its Java type and its constraints. */
final class Scalars {

    private Scalars() {}

    static List<Mutation> of(Class<?> type, Set<ConstraintDescriptor<?>> constraints, String path) {
        List<Mutation> cases = new ArrayList<>();
        Cases add = new Cases(cases, path);
        if (type == String.class) {
            text(add, constraints);
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            whole(add, constraints, type == Long.class || type == long.class);
        } else if (type == Double.class || type == double.class) {
            decimal(add, constraints);
        } else if (type == Boolean.class || type == boolean.class) {
            add.refused("text for true or false", "\"yes\"", "\"true\"");
            add.refused("a number for true or false", "1", "0");
            add.refused("a list for true or false", "[true]");
            add.either("true", "true");
            add.either("false", "false");
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            String first = ((Enum<?>) constants[0]).name();
            String last = ((Enum<?>) constants[constants.length - 1]).name();
            add.refused("a name in the wrong case", json(first.toLowerCase()));
            add.refused("a name that is none of them", "\"NOT_A_VALUE\"");
            add.refused("a number for a name", "1");
            add.either("the first name", json(first));
            add.either("the last name", json(last));
        } else if (type == UUID.class) {
            add.refused("an id that is not one", "\"not-an-id\"", "42", "\"\"");
            add.refused(
                    "an id without its dashes",
                    json(UUID.randomUUID().toString().replace("-", "")));
        } else if (type == LocalDate.class) {
            add.refused("a day that does not exist", "\"1980-13-01\"", "\"1980-02-30\"");
            add.refused("a day written another way", "\"01/05/1980\"", "19800501", "\"\"");
            add.refused("a day no database stores", "\"+999999999-01-01\"", "\"0000-01-01\"");
            if (has(constraints, "PastOrPresent")) {
                add.refused(
                        "a day in the future", json(LocalDate.now().plusYears(2).toString()));
            }
        } else if (type == LocalTime.class) {
            add.refused("a time of day that does not exist", "\"24:00\"", "\"07:60\"");
            add.refused("a time of day written another way", "\"7:45\"", "\"07:45:00\"", "745", "\"\"");
        } else if (type == Instant.class) {
            add.refused("a moment written another way", "\"2026-03-02 10:00\"", "0", "\"\"");
            add.refused("a moment without its time zone", "\"2026-03-02T10:00:00\"");
            add.refused("a moment no database stores", "\"+999999999-01-01T00:00:00Z\"");
        } else {
            throw new IllegalStateException("No cases for a field of type " + type + " at " + path);
        }
        return cases;
    }

    private static void text(Cases add, Set<ConstraintDescriptor<?>> constraints) {
        add.refused("a number for text", "42");
        add.refused("true for text", "true");
        add.refused("a list for text", "[\"a\"]");
        add.refused("an object for text", "{\"a\":\"b\"}");
        add.refused("a NUL in text", "\"a\\u0000b\"");
        add.refused("half a character in text", "\"a\\ud800b\"", "\"\\udc00\"");
        add.refused("an invisible control character in text", "\"a\\u0007b\"", "\"a\\u0085b\"", "\"a\\uffffb\"");
        boolean shaped = has(constraints, "Pattern", "Email", "ContraindicationCode", "RoleName");
        if (has(constraints, "NotBlank")) {
            add.refused("empty text where text is required", "\"\"", "\"   \"");
        }
        if (has(constraints, "Pattern") || has(constraints, "ContraindicationCode") || has(constraints, "RoleName")) {
            add.refused("text of the wrong shape", "\"!!! not a code\"");
        }
        if (has(constraints, "Email")) {
            add.refused("an address that is not one", "\"not-an-email\"");
        }
        Integer max = attribute(constraints, "Size", "max");
        if (max != null && max <= 5000) {
            add.refused("text one character too long", json("a".repeat(max + 1)));
            if (!shaped) {
                add.either("text of the longest length, not ASCII", json("é".repeat(max)));
            }
        }
        if (!shaped) {
            add.either("text beyond ASCII, whole characters", json("Zoë \uD83C\uDF3F «ü» 行"));
        }
    }

    private static void whole(Cases add, Set<ConstraintDescriptor<?>> constraints, boolean isLong) {
        add.refused("a whole number as text", "\"7\"");
        add.refused("a fraction for a whole number", "7.5", "10.9");
        add.refused("a whole number written as a decimal", "7.0", "7e0");
        add.refused("true for a number", "true");
        add.refused("a list for a number", "[4]");
        add.refused("a number beyond any use", "1e400", "-1e400");
        add.refused(
                "a number beyond what the field holds",
                isLong ? "9223372036854775808" : "2147483648",
                isLong ? "-9223372036854775809" : "-2147483649");
        Long min = attribute(constraints, "Min", "value");
        Long max = attribute(constraints, "Max", "value");
        if (has(constraints, "PositiveOrZero")) {
            min = 0L;
        }
        if (min != null) {
            add.refused("just below the least", String.valueOf(min - 1));
            add.either("the least", String.valueOf(min));
        }
        if (max != null) {
            add.refused("just above the most", String.valueOf(max + 1));
            add.either("the most", String.valueOf(max));
        }
    }

    private static void decimal(Cases add, Set<ConstraintDescriptor<?>> constraints) {
        add.refused("a number as text", "\"0.5\"", "\"NaN\"");
        add.refused("true for a number", "true");
        add.refused("a list for a number", "[0.5]");
        add.refused("a number beyond any use", "1e400", "-1e400");
        add.refused("a number too close to zero to store", "1e-400");
        String low = attribute(constraints, "DecimalMin", "value");
        String high = attribute(constraints, "DecimalMax", "value");
        if (low != null) {
            add.refused(
                    "just below the least",
                    new BigDecimal(low).subtract(new BigDecimal("0.001")).toPlainString());
            add.either("the least", low);
        }
        if (high != null) {
            add.refused(
                    "just above the most",
                    new BigDecimal(high).add(new BigDecimal("0.001")).toPlainString());
            add.either("the most", high);
        }
        if (has(constraints, "Positive")) {
            add.refused("zero where above zero is asked", "0", "-1");
            add.either("a small reading", "0.25");
        }
    }

    static String json(String text) {
        return Json.createValue(text).toString();
    }

    /** Adds cases for one path. */
    private record Cases(List<Mutation> cases, String path) {
        void refused(String name, String... values) {
            for (String value : values) {
                cases.add(Mutation.set(name, path, value, Expect.REFUSED));
            }
        }

        void either(String name, String value) {
            cases.add(Mutation.set(name, path, value, Expect.EITHER));
        }
    }
}
