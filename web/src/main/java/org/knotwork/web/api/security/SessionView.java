package org.knotwork.web.api.security;

import java.util.List;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/** Who is signed in, and what their roles let them do. */
public record SessionView(String username, String displayName, List<String> roles) {

    static SessionView of(User user) {
        return new SessionView(
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList());
    }
}
