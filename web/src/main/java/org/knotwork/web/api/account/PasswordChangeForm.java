package org.knotwork.web.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.NotASave;

/** The current password (proof it is the user) and the new one, which must meet the strength rules. */
@NotASave
public class PasswordChangeForm extends JsonForm {

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
