package org.knotwork.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting in this request, for features that record who did what: the {@link SignedInUser} that the
 * authentication mechanism found for the request's session token (see {@link SessionLookup}), read fresh on each
 * request, so a changed role or a deactivation counts from the next request on. The web module tells it who that is
 * as the request arrives ({@link #recognise}); this module knows nothing of servlets or HTTP.
 */
@RequestScoped
public class CurrentUser {

    private SignedInUser signedIn;

    /** The user the authentication mechanism found for this request; called once, before any feature runs. */
    public void recognise(SignedInUser user) {
        this.signedIn = user;
    }

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
        return signedIn;
    }
}
