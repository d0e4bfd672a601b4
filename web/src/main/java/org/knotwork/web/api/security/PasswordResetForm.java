package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotBlank;

/** A password an administrator sets for someone, which they must change at their next sign-in. */
public class PasswordResetForm {

    @NotBlank(message = "A new password is required.")
    public String password;

    @Override
    public String toString() {
        return "PasswordResetForm[...]";
    }
}
