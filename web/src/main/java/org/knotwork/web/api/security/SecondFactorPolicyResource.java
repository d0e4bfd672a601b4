package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.security.SecondFactorPolicy;
import org.knotwork.web.api.Versions;
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

    /** The roles that need a second factor, by name; {@code version} as in the ETag ({@link SecondFactorPolicy#version}). */
    public record PolicyView(long version, List<String> requiredFor) {

        static PolicyView of(Set<Role> roles) {
            return new PolicyView(
                    SecondFactorPolicy.version(roles),
                    roles.stream().map(Role::name).sorted().toList());
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

    /** With the policy's version as the ETag. */
    @GET
    public Response read() {
        return withVersion(policy.requiredFor());
    }

    /** Needs {@code If-Match}, the version as read (400 without it): a policy changed since is refused with 409. */
    @PUT
    @RolesAllowed(Role.Names.OWNER)
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PolicyForm form) {
        long expectedVersion = Versions.expected(ifMatch);
        if (form == null) {
            throw new RuleViolationException("Send the roles as a JSON body.");
        }
        return withVersion(policy.change(
                expectedVersion, current -> form.sent("requiredFor") ? RolesForm.toRoles(form.requiredFor) : current));
    }

    private static Response withVersion(Set<Role> roles) {
        PolicyView view = PolicyView.of(roles);
        return Response.ok(view)
                .tag(new EntityTag(String.valueOf(view.version())))
                .build();
    }
}
