package org.knotwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.knotwork.security.Role;
import org.knotwork.security.SessionLookup;
import org.knotwork.security.SignedInUser;
import org.knotwork.web.api.problem.DatabaseUnavailable;

/**
 * Recognises the signed-in user on every API request by the session token in their cookie ({@link SessionCookie}),
 * looked up in the database ({@link SessionLookup}), so any instance recognises any user. The user's roles are read
 * with the session each time: a deactivated user is out at once. Signing in itself is {@code POST /api/session}.
 *
 * <p>A session still waiting for its second factor is not a signed-in caller; one that must first change its
 * password or set up a second factor is, with its step left for {@code AccessControl} to narrow what it may do.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionAuthentication.class.getName());

    /**
     * Where this mechanism leaves the signed-in user it has found for the request, for {@link SignedInUserFilter} to
     * hand to the EJB module's {@code CurrentUser} and for the API's access control.
     */
    public static final String SIGNED_IN_USER = SessionAuthentication.class.getName() + ".user";

    @Inject
    private SessionLookup sessions;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String token = SessionCookie.token(request);
        // Only the API reads health data; static files, health and OpenAPI need no session lookup.
        if (token == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.doNothing();
        }
        Optional<SignedInUser> found;
        try {
            found = sessions.find(token);
        } catch (RuntimeException e) {
            return unavailable(response, e);
        }
        if (found.isEmpty() || !found.get().step().isAuthenticated()) {
            return context.doNothing();
        }
        SignedInUser user = found.get();
        request.setAttribute(SIGNED_IN_USER, user);
        return context.notifyContainerAboutLogin(
                user.username(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** The database could not be asked: answer 503 now rather than treat the caller as signed out. */
    private static AuthenticationStatus unavailable(HttpServletResponse response, RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        LOG.log(Level.WARNING, "Database unavailable while looking up a session: " + e);
        try {
            DatabaseUnavailable.write(response);
        } catch (IOException writeFailed) {
            LOG.log(Level.FINE, "The client went away", writeFailed);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
