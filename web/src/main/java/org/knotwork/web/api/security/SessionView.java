package org.knotwork.web.api.security;

import java.util.List;
import java.util.UUID;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/** Who is signed in, and what their roles let them do. */
public record SessionView(UUID id, String username, String displayName, List<String> roles) {

    static SessionView of(User user) {
        return new SessionView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList());
    }
}
