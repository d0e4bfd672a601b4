package org.knotwork.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins with usernames that do not exist, counted like real accounts' so that "this account is locked"
 * appears for them too: otherwise the lock-out message would tell a stranger which usernames are real. Kept in
 * memory only; there is nothing to keep about a name that belongs to nobody.
 */
@ApplicationScoped
public class GuessedUsernames {

    private static final int MAX_TRACKED = 10_000;

    private record Attempts(int failures, Instant lockedUntil) {}

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    /** Counts a failure for {@code username}; true when the name is now locked, as a real account would be. */
    boolean recordFailure(String username, Instant now, LockoutPolicy policy) {
        if (attempts.size() >= MAX_TRACKED) {
            attempts.values().removeIf(a -> a.lockedUntil() == null || !now.isBefore(a.lockedUntil()));
        }
        Attempts after = attempts.compute(username, (name, before) -> {
            if (before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
                return before;
            }
            int failures = (before == null || before.lockedUntil() != null ? 0 : before.failures()) + 1;
            return failures >= policy.maxFailures()
                    ? new Attempts(0, now.plus(policy.lockDuration()))
                    : new Attempts(failures, null);
        });
        return after.lockedUntil() != null && now.isBefore(after.lockedUntil());
    }
}
