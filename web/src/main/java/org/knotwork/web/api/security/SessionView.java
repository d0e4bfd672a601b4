package org.knotwork.web.api.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/**
 * Who is signed in, what their roles let them do, and how long the session lasts unused, so the browser can warn
 * before the idle time-out.
 */
public record SessionView(UUID id, String username, String displayName, List<String> roles, long idleTimeoutSeconds) {

    static SessionView of(User user, Duration idleTimeout) {
        return new SessionView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList(),
                idleTimeout.toSeconds());
    }
}
