package org.knotwork.web.api.security;

import java.util.List;
import java.util.UUID;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.User;

/**
 * Who is signed in, what their roles let them do, how far their sign-in has come ({@code step}: SECOND_FACTOR,
 * PASSWORD_CHANGE, ENROLMENT or SIGNED_IN) and how long the session lasts without a request, so the UI can warn in
 * time. While the second factor is awaited nothing about the user is told.
 */
public record SessionView(
        UUID id, String username, String displayName, List<String> roles, String step, long idleTimeoutSeconds) {

    static SessionView of(User user, SessionStep step, long idleTimeoutSeconds) {
        if (step == SessionStep.SECOND_FACTOR) {
            return new SessionView(null, null, null, List.of(), step.name(), idleTimeoutSeconds);
        }
        return new SessionView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).toList(),
                step.name(),
                idleTimeoutSeconds);
    }
}
