package org.knotwork.web.api.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.SecuritySettings;
import org.knotwork.security.Sessions;
import org.knotwork.security.SignIn;
import org.knotwork.security.SignInOutcome;
import org.knotwork.security.SignInSession;
import org.knotwork.security.UserService;
import org.knotwork.web.api.json.TakesNoBody;
import org.knotwork.web.security.SessionCookie;

/**
 * Signing in (a password, then the second factor when the user has one) and out. The session is a row in the
 * database, its token in an HttpOnly, SameSite=Strict cookie ({@link SessionCookie}); a refusal never says whether
 * the username exists.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    static final String REFUSED = "The username or password is not right.";
    static final String LOCKED = "This account is locked after too many failed sign-ins. Try again later.";
    static final String WRONG_CODE = "That code is not right, or was used already. Enter the code the app shows now.";
    static final String NO_SIGN_IN =
            "Sign in with your username and password first; a sign-in waits five minutes" + " for its code.";

    @Inject
    private SignIn signIn;

    @Inject
    private Sessions sessions;

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
    public Response signIn(SignInForm form) {
        if (form == null) {
            throw new RuleViolationException("Send your username and password as a JSON body.");
        }
        // A new session for every sign-in: a token handed out before must not become the signed-in user's.
        String before = SessionCookie.token(request);
        if (before != null) {
            sessions.endByToken(before);
        }
        SignInOutcome outcome = signIn.withPassword(form.username, form.password, request.getHeader("User-Agent"));
        if (!outcome.isSignedIn()) {
            return AccessControl.notSignedIn(outcome.status() == SignInOutcome.Status.LOCKED ? LOCKED : REFUSED);
        }
        return opened(outcome, form.username);
    }

    /** The second step of signing in, for a user with an authenticator app: its code, or a recovery code. */
    @POST
    @Path("second-factor")
    @PermitAll
    public Response secondFactor(SecondFactorForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the code as a JSON body.");
        }
        String token = SessionCookie.token(request);
        UUID userId = token == null
                ? null
                : sessions.find(token, SignInSession::userId).orElse(null);
        if (userId == null) {
            return AccessControl.notSignedIn(NO_SIGN_IN);
        }
        SignInOutcome outcome = signIn.withSecondFactor(token, form.code);
        if (!outcome.isSignedIn()) {
            if (outcome.status() == SignInOutcome.Status.LOCKED) {
                SessionCookie.clear(request, response, settings.alwaysSecureCookie());
                return AccessControl.notSignedIn(LOCKED);
            }
            return AccessControl.notSignedIn(WRONG_CODE);
        }
        SessionCookie.set(request, response, outcome.token(), settings.alwaysSecureCookie());
        return Response.ok(users.read(userId, user -> view(user, outcome))).build();
    }

    /** Who is signed in; also moves the idle clock on, which is how the UI's "stay signed in" works. */
    @GET
    @PermitAll
    @DuringSignIn
    public Response current() {
        if (!currentUser.isSignedIn()) {
            return AccessControl.notSignedIn("Nobody is signed in.");
        }
        return Response.ok(
                        users.read(currentUser.id(), user -> SessionView.of(user, currentUser.step(), idleSeconds())))
                .build();
    }

    @DELETE
    @TakesNoBody
    @DuringSignIn
    public Response signOut() {
        audit.record(AuditAction.LOGOUT, "USER", currentUser.id(), null, AuditOutcome.SUCCESS, null);
        sessions.endByToken(SessionCookie.token(request));
        SessionCookie.clear(request, response, settings.alwaysSecureCookie());
        return Response.noContent().build();
    }

    private Response opened(SignInOutcome outcome, String username) {
        SessionCookie.set(request, response, outcome.token(), settings.alwaysSecureCookie());
        return Response.ok(users.active(username, user -> view(user, outcome)).orElseThrow())
                .build();
    }

    private SessionView view(org.knotwork.security.User user, SignInOutcome outcome) {
        return SessionView.of(user, outcome.step(), idleSeconds());
    }

    private long idleSeconds() {
        return settings.sessionTimeouts().idle().toSeconds();
    }
}
