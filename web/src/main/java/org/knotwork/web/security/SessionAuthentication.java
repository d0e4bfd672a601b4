package org.knotwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SecuritySettings;
import org.knotwork.security.User;
import org.knotwork.security.UserService;

/**
 * Signs a user in when {@code POST /api/session} asks with a username and password, and recognises them on every
 * later request by their HTTP session.
 *
 * <p>Instead of {@code @AutoApplySession}, which would freeze the roles a user had when signing in, each request
 * reads the user again: a deactivated user is out at once, and a changed role counts from the next request.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    private static final String SIGNED_IN_USER = "knotwork.signedInUser";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private UserService users;

    @Inject
    private SecuritySettings settings;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN_USER) instanceof String username)) {
            return context.doNothing();
        }
        Optional<User> user = users.findActive(username);
        if (user.isEmpty()) {
            session.invalidate();
            return context.doNothing();
        }
        // The user is loaded here anyway; CurrentUser takes it from the request instead of loading it again.
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user.get());
        return context.notifyContainerAboutLogin(
                user.get().username(),
                user.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Not context.responseUnauthorized(): that commits an empty 401; the resource answers with the reason.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session for the signed-in user: an id handed out before signing in must not become theirs.
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) settings.sessionIdleTimeout().toSeconds());
        session.setAttribute(SIGNED_IN_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }
}
