package org.knotwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting in this request, for features that record who did what. Read from the signed-in caller and the
 * users table once per request, so a changed role counts from the next request on.
 */
@RequestScoped
public class CurrentUser {

    /** Where the authentication mechanism leaves the user it has just loaded for this request. */
    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    @Inject
    private HttpServletRequest request;

    @Inject
    private SecurityContext security;

    @Inject
    private UserService users;

    private User user;

    public boolean isSignedIn() {
        return signedIn() != null;
    }

    public UUID id() {
        return required().id();
    }

    public String username() {
        return required().username();
    }

    public String displayName() {
        return required().displayName();
    }

    public Set<Role> roles() {
        User current = signedIn();
        return current == null ? Set.of() : current.roles();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    private User required() {
        User current = signedIn();
        if (current == null) {
            throw new IllegalStateException("Nobody is signed in in this request.");
        }
        return current;
    }

    private User signedIn() {
        if (user == null && request.getAttribute(REQUEST_ATTRIBUTE) instanceof User authenticated) {
            user = authenticated;
        }
        if (user == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller != null) {
                user = users.findActive(caller.getName()).orElse(null);
            }
        }
        return user;
    }
}
