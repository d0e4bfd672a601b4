package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.TakesNoBody;

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
        return users.list(UserView::of);
    }

    @POST
    public Response create(UserForm form) {
        requireBody(form);
        return users.create(
                form.toNewUser(),
                user -> Response.created(uriInfo.getAbsolutePathBuilder()
                                .path(user.id().toString())
                                .build())
                        .entity(UserView.of(user))
                        .build());
    }

    /** With the user's version as the ETag (also {@code version} in the body and in each row of the list). */
    @GET
    @Path("{id}")
    public Response read(@PathParam("id") UUID id) {
        return users.read(id, UserResource::withVersion);
    }

    /**
     * Replaces the user's roles; they apply from the user's next request. Needs {@code If-Match}, the user's version as
     * read (400 without it): a user saved since (a role given, access ended) is refused with 409, not undone.
     */
    @PUT
    @Path("{id}/roles")
    public Response changeRoles(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RolesForm form) {
        long expectedVersion = Versions.expected(ifMatch);
        requireBody(form);
        return users.changeRoles(id, expectedVersion, form::toRoles, UserResource::withVersion);
    }

    /** Ends the user's access at once, signed-in sessions included. */
    @POST
    @Path("{id}/deactivate")
    public UserView deactivate(@PathParam("id") UUID id) {
        return users.deactivate(id, UserView::of);
    }

    /** Sets a new password, which the user must change at their next sign-in; their sessions end. */
    @POST
    @Path("{id}/password")
    public UserView resetPassword(@PathParam("id") UUID id, PasswordResetForm form) {
        requireBody(form);
        return users.resetPassword(id, form.password, UserView::of);
    }

    /** Removes the user's authenticator app (a lost phone); their sessions end. */
    @DELETE
    @TakesNoBody
    @Path("{id}/second-factor")
    public UserView resetSecondFactor(@PathParam("id") UUID id) {
        return users.resetSecondFactor(id, UserView::of);
    }

    /** The user's open sessions. */
    @GET
    @Path("{id}/sessions")
    public List<UserSessionView> sessions(@PathParam("id") UUID id) {
        return sessions.of(users.read(id, User::id), UserSessionView::of);
    }

    /** Ends every session of the user: they must sign in again. */
    @DELETE
    @TakesNoBody
    @Path("{id}/sessions")
    public Response endSessions(@PathParam("id") UUID id) {
        sessions.endAllOf(users.read(id, User::id), null, "by someone who manages users");
        return Response.noContent().build();
    }

    private static Response withVersion(User user) {
        return Response.ok(UserView.of(user))
                .tag(new EntityTag(String.valueOf(user.version())))
                .build();
    }

    private static void requireBody(Object form) {
        if (form == null) {
            throw new RuleViolationException("Send the user's details as a JSON body.");
        }
    }
}
