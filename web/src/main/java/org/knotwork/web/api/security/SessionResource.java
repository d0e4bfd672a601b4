package org.knotwork.web.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.SecuritySettings;
import org.knotwork.security.SignInAttempt;
import org.knotwork.security.UserService;

/**
 * Signing in and out. The session lives in the container's HttpOnly, SameSite=Strict cookie (see web.xml); a
 * refusal never says whether the username exists.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final String REFUSED = "The username or password is not right.";
    static final String LOCKED = "This account is locked after too many failed sign-ins. Try again later.";

    @Inject
    private SecurityContext security;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private UserService users;

    @Inject
    private SecuritySettings settings;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @PermitAll
    public Response signIn(SignInForm form) throws ServletException {
        if (form == null) {
            throw new RuleViolationException("Send your username and password as a JSON body.");
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(form.username, form.password)));
        if (status != AuthenticationStatus.SUCCESS) {
            return AccessControl.notSignedIn(attempt.wasLocked() ? LOCKED : REFUSED);
        }
        return Response.ok(users.active(form.username, user -> SessionView.of(user, settings.sessionIdleTimeout()))
                        .orElseThrow())
                .build();
    }

    @GET
    @PermitAll
    public Response current() {
        if (!currentUser.isSignedIn()) {
            return AccessControl.notSignedIn("Nobody is signed in.");
        }
        return Response.ok(users.read(currentUser.id(), user -> SessionView.of(user, settings.sessionIdleTimeout())))
                .build();
    }

    @DELETE
    public Response signOut() throws ServletException {
        audit.record(AuditAction.LOGOUT, "USER", currentUser.id(), null, AuditOutcome.SUCCESS, null);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
