package org.knotwork.web.api.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/**
 * A user as those who manage users see them; never with the password hash. {@code version} is what a change of
 * roles sends back as {@code If-Match}.
 */
public record UserView(
        UUID id,
        int version,
        String username,
        String displayName,
        List<String> roles,
        boolean active,
        Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(User user) {
        return new UserView(
                user.id(),
                user.version(),
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList(),
                user.isActive(),
                user.lockedUntil(),
                user.createdAt(),
                user.updatedAt());
    }
}
