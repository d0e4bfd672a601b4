package org.knotwork.web.api.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.knotwork.security.Role;

/** The value is the name of a {@link Role}; the message lists them so the caller can fix it. */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "THERAPIST|OWNER|ADMIN", message = "A role is THERAPIST, OWNER or ADMIN.")
public @interface RoleName {

    String message() default "A role is THERAPIST, OWNER or ADMIN.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
