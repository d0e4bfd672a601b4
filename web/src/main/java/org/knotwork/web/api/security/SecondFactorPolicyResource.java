package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.security.SecondFactorPolicy;
import org.knotwork.web.api.json.EachOnce;
import org.knotwork.web.api.json.JsonForm;

/**
 * Which roles must sign in with a second factor. The practice owner decides; administrators may read it. A change
 * counts from each user's next sign-in.
 */
@Path("second-factor-policy")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecondFactorPolicyResource {

    /** The roles that need a second factor, by name. */
    public record PolicyView(List<String> requiredFor) {

        static PolicyView of(Set<Role> roles) {
            return new PolicyView(roles.stream().map(Role::name).sorted().toList());
        }
    }

    /** The complete list of roles that are to need a second factor from now on; may be empty. */
    public static class PolicyForm extends JsonForm {

        @NotNull(message = "List the roles that need a second factor (an empty list for none).")
        @Size(max = 3, message = "List each role once.")
        @EachOnce(message = "List each role once.")
        public List<@NotNull(message = "A role is required.") @RoleName String> requiredFor;
    }

    @Inject
    private SecondFactorPolicy policy;

    @GET
    public PolicyView read() {
        return PolicyView.of(policy.requiredFor());
    }

    @PUT
    @RolesAllowed(Role.Names.OWNER)
    public PolicyView change(PolicyForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the roles as a JSON body.");
        }
        return PolicyView.of(
                policy.change(current -> form.sent("requiredFor") ? RolesForm.toRoles(form.requiredFor) : current));
    }
}
