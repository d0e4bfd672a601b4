package org.knotwork.web.api.security;

import java.time.Instant;
import java.util.UUID;
import org.knotwork.security.SignInSession;

/** One of a user's sessions, as those who manage users see it. */
public record UserSessionView(
        UUID id, String step, Instant createdAt, Instant lastSeenAt, String address, String userAgent) {

    static UserSessionView of(SignInSession session) {
        return new UserSessionView(
                session.id(),
                session.step().name(),
                session.createdAt(),
                session.lastSeenAt(),
                session.address(),
                session.userAgent());
    }
}
