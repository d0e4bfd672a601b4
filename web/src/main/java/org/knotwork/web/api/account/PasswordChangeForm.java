package org.knotwork.web.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The current password (proof it is the user) and the new one, which must meet the strength rules. */
public class PasswordChangeForm {

    @NotBlank(message = "Your current password is required.")
    @Size(max = 200, message = "A password is at most 200 characters.")
    public String currentPassword;

    @NotBlank(message = "A new password is required.")
    public String newPassword;

    @Override
    public String toString() {
        return "PasswordChangeForm[...]";
    }
}
