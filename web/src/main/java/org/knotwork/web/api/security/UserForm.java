package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knotwork.security.NewUser;
import org.knotwork.web.api.json.EachOnce;
import org.knotwork.web.api.json.JsonForm;

/** A new user: their first password must meet the strength rules, and they need at least one role. */
public class UserForm extends JsonForm {

    @NotBlank(message = "Username is required.")
    @Size(max = 60, message = "Username is at most 60 characters.")
    public String username;

    @NotBlank(message = "Display name is required.")
    @Size(max = 100, message = "Display name is at most 100 characters.")
    public String displayName;

    @NotBlank(message = "An initial password is required.")
    public String password;

    @NotEmpty(message = "Give the user at least one role.")
    @Size(max = 3, message = "List each role once.")
    @EachOnce(message = "List each role once.")
    public List<@NotNull(message = "A role is required.") @RoleName String> roles;

    NewUser toNewUser() {
        return new NewUser(username, displayName, password, RolesForm.toRoles(roles));
    }

    @Override
    public String toString() {
        return "UserForm[" + username + ", " + roles + "]";
    }
}
