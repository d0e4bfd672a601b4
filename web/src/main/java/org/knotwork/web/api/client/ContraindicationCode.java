package org.knotwork.web.api.client;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.knotwork.client.Contraindication;

/** The value is one of the {@link Contraindication} codes; the message lists them so the caller can fix it. */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContraindicationCode.Validator.class)
public @interface ContraindicationCode {

    String message() default "Unknown contraindication code.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ContraindicationCode, String> {

        private static final String KNOWN =
                Arrays.stream(Contraindication.values()).map(Enum::name).collect(Collectors.joining(", "));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null
                    || Arrays.stream(Contraindication.values())
                            .anyMatch(c -> c.name().equals(value))) {
                return true;
            }
            // The caller's value never goes into the template: message templates are interpolated.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("Unknown contraindication code. Known codes: " + KNOWN + ".")
                    .addConstraintViolation();
            return false;
        }
    }
}
