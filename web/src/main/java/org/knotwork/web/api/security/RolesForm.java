package org.knotwork.web.api.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knotwork.security.Role;
import org.knotwork.web.api.json.EachOnce;
import org.knotwork.web.api.json.JsonForm;

/** The complete set of roles a user is to have from now on. */
public class RolesForm extends JsonForm {

    @NotEmpty(message = "Give the user at least one role.")
    @Size(max = 3, message = "List each role once.")
    @EachOnce(message = "List each role once.")
    public List<@NotNull(message = "A role is required.") @RoleName String> roles;

    /** The roles this form gives: those sent, or the current ones when none were sent. */
    Set<Role> toRoles(Set<Role> current) {
        return sent("roles") ? toRoles(roles) : current;
    }

    static Set<Role> toRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Role.valueOf(name)));
        }
        return roles;
    }
}
