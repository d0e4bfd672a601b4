package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.security.Sessions;
import org.knotwork.security.User;
import org.knotwork.security.UserService;

/** The people who use Knotwork: owners and administrators give access, change roles and end access. */
@Path("users")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private UserService users;

    @Inject
    private Sessions sessions;

    @Context
    private UriInfo uriInfo;

    @GET
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    public Response create(@Valid UserForm form) {
        requireBody(form);
        User user = users.create(form.toNewUser());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(user.id().toString())
                        .build())
                .entity(UserView.of(user))
                .build();
    }

    @GET
    @Path("{id}")
    public UserView read(@PathParam("id") UUID id) {
        return UserView.of(users.find(id));
    }

    /** Replaces the user's roles; they apply from the user's next request. */
    @PUT
    @Path("{id}/roles")
    public UserView changeRoles(@PathParam("id") UUID id, @Valid RolesForm form) {
        requireBody(form);
        return UserView.of(users.changeRoles(id, RolesForm.toRoles(form.roles)));
    }

    /** Ends the user's access at once, signed-in sessions included. */
    @POST
    @Path("{id}/deactivate")
    public UserView deactivate(@PathParam("id") UUID id) {
        return UserView.of(users.deactivate(id));
    }

    /** Sets a new password, which the user must change at their next sign-in; their sessions end. */
    @POST
    @Path("{id}/password")
    public UserView resetPassword(@PathParam("id") UUID id, @Valid PasswordResetForm form) {
        requireBody(form);
        return UserView.of(users.resetPassword(id, form.password));
    }

    /** Removes the user's authenticator app (a lost phone); their sessions end. */
    @DELETE
    @Path("{id}/second-factor")
    public UserView resetSecondFactor(@PathParam("id") UUID id) {
        return UserView.of(users.resetSecondFactor(id));
    }

    /** The user's open sessions. */
    @GET
    @Path("{id}/sessions")
    public List<UserSessionView> sessions(@PathParam("id") UUID id) {
        return sessions.of(users.find(id).id()).stream()
                .map(UserSessionView::of)
                .toList();
    }

    /** Ends every session of the user: they must sign in again. */
    @DELETE
    @Path("{id}/sessions")
    public Response endSessions(@PathParam("id") UUID id) {
        sessions.endAllOf(users.find(id).id(), null, "by someone who manages users");
        return Response.noContent().build();
    }

    private static void requireBody(Object form) {
        if (form == null) {
            throw new RuleViolationException("Send the user's details as a JSON body.");
        }
    }
}
