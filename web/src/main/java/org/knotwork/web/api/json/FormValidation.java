package org.knotwork.web.api.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.knotwork.web.api.problem.Problem;

/**
 * Checks a bound form against its Bean Validation constraints. A save of a whole record (PUT) keeps the fields the
 * caller left out, so a field that must have a value may be left out there; sent as null or empty, it is refused as
 * anywhere else. Items of a list are whole: their required fields are required in a PUT too.
 */
final class FormValidation {

    private static final Set<Class<? extends Annotation>> REQUIRED =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private FormValidation() {}

    static void validate(Validator validator, JsonForm form, boolean keepsWhatIsLeftOut) {
        List<Problem.FieldError> errors = validator.validate(form).stream()
                .filter(violation -> !(keepsWhatIsLeftOut && leftOutOfAnEdit(violation)))
                .map(violation -> new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    400, errors.size() == 1 ? errors.get(0).message() : "Some fields need correcting.", errors);
        }
    }

    /** A required field the caller did not send, in the form itself or an object in it (not in a list's items). */
    private static boolean leftOutOfAnEdit(ConstraintViolation<?> violation) {
        if (!REQUIRED.contains(
                        violation.getConstraintDescriptor().getAnnotation().annotationType())
                || !(violation.getLeafBean() instanceof JsonForm holder)) {
            return false;
        }
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                return false;
            }
            property = node.getName();
        }
        return property != null && !holder.sent(property);
    }

    /** {@code points[0].episodes[2].minutes}, {@code reasons[1:PAINFUL_COMPRESSION]}, {@code roles[1]}. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
