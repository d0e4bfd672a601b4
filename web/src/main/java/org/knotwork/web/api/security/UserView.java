package org.knotwork.web.api.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/** A user as those who manage users see them; never with the password hash. */
public record UserView(
        UUID id,
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
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList(),
                user.isActive(),
                user.lockedUntil(),
                user.createdAt(),
                user.updatedAt());
    }
}
