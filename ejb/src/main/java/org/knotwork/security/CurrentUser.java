package org.knotwork.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting in this request, for features that record who did what: the {@link SignedInUser} that the
 * authentication mechanism found for the request's session token (see {@link SessionLookup}), read fresh on each
 * request, so a changed role or a deactivation counts from the next request on.
 */
@RequestScoped
public class CurrentUser {

    /** Where the authentication mechanism leaves the signed-in user it has found for this request. */
    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    @Inject
    private HttpServletRequest request;

    /** Signed in far enough to be known (also while changing a forced password or setting up a second factor). */
    public boolean isSignedIn() {
        return signedIn() != null;
    }

    /** The signed-in user as the authentication mechanism found them; throws when nobody is. */
    public SignedInUser user() {
        return required();
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

    public UUID sessionId() {
        return required().sessionId();
    }

    public SessionStep step() {
        return required().step();
    }

    /** This request's session, or null outside a signed-in request. */
    public UUID sessionIdOrNull() {
        SignedInUser current = signedIn();
        return current == null ? null : current.sessionId();
    }

    public Set<Role> roles() {
        SignedInUser current = signedIn();
        return current == null ? Set.of() : current.roles();
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    private SignedInUser required() {
        SignedInUser current = signedIn();
        if (current == null) {
            throw new IllegalStateException("Nobody is signed in in this request.");
        }
        return current;
    }

    private SignedInUser signedIn() {
        try {
            return request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedInUser user ? user : null;
        } catch (IllegalStateException outsideARequest) {
            return null;
        }
    }
}
