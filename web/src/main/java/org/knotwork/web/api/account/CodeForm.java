package org.knotwork.web.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app (or a recovery code), proving the user holds their second factor. */
public class CodeForm {

    @NotBlank(message = "The code is required.")
    @Size(max = 40, message = "A code is at most 40 characters.")
    public String code;

    @Override
    public String toString() {
        return "CodeForm[...]";
    }
}
