package org.knotwork.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who made this request, as {@link SessionLookup} found them in one query: the session, how far its sign-in has
 * come, and the user's current name and roles (read fresh on every request, so a deactivation counts at once).
 */
public record SignedInUser(
        UUID sessionId, SessionStep step, UUID id, String username, String displayName, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
