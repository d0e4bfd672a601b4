package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.knotwork.web.api.json.JsonForm;

/** A username and password, to sign in. */
public class SignInForm extends JsonForm {

    @NotBlank(message = "Username is required.")
    @Size(max = 100, message = "Username is at most 100 characters.")
    public String username;

    @NotBlank(message = "Password is required.")
    @Size(max = 200, message = "Password is at most 200 characters.")
    public String password;

    @Override
    public String toString() {
        return "SignInForm[" + username + "]";
    }
}
