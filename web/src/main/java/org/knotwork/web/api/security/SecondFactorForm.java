package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app (six digits), or one of the recovery codes. */
public class SecondFactorForm {

    @NotBlank(message = "The code is required.")
    @Size(max = 40, message = "A code is at most 40 characters.")
    public String code;

    @Override
    public String toString() {
        return "SecondFactorForm[...]";
    }
}
