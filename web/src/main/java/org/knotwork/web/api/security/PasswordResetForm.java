package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotBlank;
import org.knotwork.web.api.json.JsonForm;

/** A password an administrator sets for someone, which they must change at their next sign-in. */
public class PasswordResetForm extends JsonForm {

    @NotBlank(message = "A new password is required.")
    public String password;

    @Override
    public String toString() {
        return "PasswordResetForm[...]";
    }
}
