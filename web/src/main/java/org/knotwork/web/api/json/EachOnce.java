package org.knotwork.web.api.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Each entry of the list at most once: a repeated entry is refused, not merged, since a caller who sends a code twice
 * may have meant another. The message is the field's own ("List each role once."), followed by which entry repeats
 * which, counted from 1.
 */
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EachOnce.Validator.class)
public @interface EachOnce {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EachOnce, List<?>> {

        private String message;

        @Override
        public void initialize(EachOnce annotation) {
            message = annotation.message();
        }

        @Override
        public boolean isValid(List<?> entries, ConstraintValidatorContext context) {
            if (entries == null) {
                return true;
            }
            for (int later = 1; later < entries.size(); later++) {
                Object entry = entries.get(later);
                int earlier = entry == null ? -1 : entries.subList(0, later).indexOf(entry);
                if (earlier >= 0) {
                    // Only the positions, never the caller's value, go into the template: templates are interpolated.
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(
                                    message + " Entry " + (later + 1) + " repeats entry " + (earlier + 1) + ".")
                            .addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }
}
