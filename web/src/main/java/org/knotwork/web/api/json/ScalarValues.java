package org.knotwork.web.api.json;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One JSON value as a form field's single value: text, a whole number, a decimal, true or false, one of an enum's
 * names, an id, a day or a moment. Nothing is converted on the caller's behalf: "7" is not a number, 7.5 not a whole
 * number, 1e400 not a decimal anyone can store, "yes" not true.
 */
final class ScalarValues {

    private static final Pattern ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:\\d{2}");
    /** The moments and days PostgreSQL can store and a person can mean: years 1 to 9999. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ScalarValues() {}

    /** @param field the form field, for its bounds in messages; {@code null} for a list's or map's element */
    static Object read(JsonNode node, Class<?> type, String path, Field field) {
        if (type == String.class) {
            if (node instanceof JsonNode.Str text) {
                return text.value();
            }
            throw refuse(path, FieldNames.label(path) + " must be text in quotes, not " + node.kind() + ".");
        }
        if (type == Integer.class || type == int.class) {
            return whole(node, path, field, INT_MIN, INT_MAX).intValue();
        }
        if (type == Long.class || type == long.class) {
            return whole(node, path, field, LONG_MIN, LONG_MAX).longValue();
        }
        if (type == Double.class || type == double.class) {
            return decimal(node, path, field);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (node instanceof JsonNode.Bool bool) {
                return bool.value();
            }
            throw refuse(
                    path, FieldNames.label(path) + " must be true or false, without quotes, not " + node.kind() + ".");
        }
        if (type.isEnum()) {
            return constant(node, type, path);
        }
        if (type == UUID.class) {
            if (node instanceof JsonNode.Str text && ID.matcher(text.value()).matches()) {
                return UUID.fromString(text.value());
            }
            throw refuse(path, FieldNames.label(path) + " must be an id such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.");
        }
        if (type == LocalDate.class) {
            return day(node, path);
        }
        if (type == Instant.class) {
            return moment(node, path);
        }
        if (type == LocalTime.class) {
            return timeOfDay(node, path);
        }
        throw new IllegalStateException("A form field of type " + type.getName() + " cannot be read from JSON.");
    }

    private static BigDecimal whole(JsonNode node, String path, Field field, BigDecimal min, BigDecimal max) {
        if (!(node instanceof JsonNode.Num number)) {
            throw refuse(
                    path,
                    FieldNames.label(path) + " must be a whole number" + bounds(field)
                            + ", written without quotes, not " + node.kind() + ".");
        }
        if (!number.writtenWhole()) {
            throw refuse(
                    path,
                    FieldNames.label(path) + " must be a whole number" + bounds(field)
                            + ", without a decimal point or exponent.");
        }
        if (number.value() == null
                || number.value().compareTo(min) < 0
                || number.value().compareTo(max) > 0) {
            throw refuse(path, FieldNames.label(path) + " is far outside the values it can take" + bounds(field) + ".");
        }
        return number.value();
    }

    private static Double decimal(JsonNode node, String path, Field field) {
        if (!(node instanceof JsonNode.Num number)) {
            throw refuse(
                    path,
                    FieldNames.label(path) + " must be a number" + bounds(field) + ", written without quotes, not "
                            + node.kind() + ".");
        }
        BigDecimal value = number.value();
        // A value with hundreds of digits before the point is no measurement; it would also overflow a double.
        if (value == null || value.precision() - value.scale() > 300) {
            throw refuse(path, FieldNames.label(path) + " is far outside the values it can take" + bounds(field) + ".");
        }
        double converted = value.doubleValue();
        if (Double.isInfinite(converted)) {
            throw refuse(path, FieldNames.label(path) + " is far outside the values it can take" + bounds(field) + ".");
        }
        if (converted == 0 && value.signum() != 0) {
            throw refuse(
                    path,
                    FieldNames.label(path) + " is too close to zero to be stored; send 0 or a usable value"
                            + bounds(field) + ".");
        }
        return converted;
    }

    private static Object constant(JsonNode node, Class<?> type, String path) {
        if (node instanceof JsonNode.Str text) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text.value())) {
                    return constant;
                }
            }
        }
        String names = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        throw refuse(path, FieldNames.label(path) + " must be one of " + names + ".");
    }

    private static LocalDate day(JsonNode node, String path) {
        if (node instanceof JsonNode.Str text && DAY.matcher(text.value()).matches()) {
            try {
                LocalDate day = LocalDate.parse(text.value(), DateTimeFormatter.ISO_LOCAL_DATE);
                if (day.getYear() >= 1) {
                    return day;
                }
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw refuse(path, FieldNames.label(path) + " must be a date that exists, written as 2026-05-01.");
    }

    private static LocalTime timeOfDay(JsonNode node, String path) {
        if (node instanceof JsonNode.Str text
                && TIME_OF_DAY.matcher(text.value()).matches()) {
            try {
                return LocalTime.parse(text.value(), DateTimeFormatter.ISO_LOCAL_TIME);
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw refuse(path, FieldNames.label(path) + " must be a time of day that exists, written as 07:45.");
    }

    private static Instant moment(JsonNode node, String path) {
        if (node instanceof JsonNode.Str text && MOMENT.matcher(text.value()).matches()) {
            try {
                Instant moment = OffsetDateTime.parse(text.value(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
                if (!moment.isBefore(EARLIEST) && !moment.isAfter(LATEST)) {
                    return moment;
                }
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw refuse(
                path,
                FieldNames.label(path) + " must be a moment with its time zone, written as" + " 2026-05-01T09:30:00Z.");
    }

    /** The field's bounds, when its constraints give them: " from 0 to 10". */
    private static String bounds(Field field) {
        if (field == null) {
            return "";
        }
        String low = null;
        String high = null;
        if (field.getAnnotation(Min.class) != null) {
            low = String.valueOf(field.getAnnotation(Min.class).value());
        }
        if (field.getAnnotation(DecimalMin.class) != null) {
            low = field.getAnnotation(DecimalMin.class).value();
        }
        if (field.getAnnotation(Max.class) != null) {
            high = String.valueOf(field.getAnnotation(Max.class).value());
        }
        if (field.getAnnotation(DecimalMax.class) != null) {
            high = field.getAnnotation(DecimalMax.class).value();
        }
        if (low != null && high != null) {
            return " from " + low + " to " + high;
        }
        return low != null ? " of at least " + low : high != null ? " of at most " + high : "";
    }

    private static InvalidInputException refuse(String path, String message) {
        return InvalidInputException.field(path, message);
    }
}
