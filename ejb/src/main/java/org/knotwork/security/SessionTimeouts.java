package org.knotwork.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session ends by itself: after {@code idle} without a request, after {@code absolute} whatever happens, and
 * a sign-in waiting for its second factor after {@code secondFactor}. ASVS 3.3: a computer left signed in in a
 * treatment room must not stay open to the next person.
 */
public record SessionTimeouts(Duration idle, Duration absolute, Duration secondFactor) {

    /** The last-seen time is written at most this often: a write per request would cost more than the lookup. */
    static final Duration MAX_REFRESH_INTERVAL = Duration.ofMinutes(1);

    public SessionTimeouts {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("A session needs an idle time-out no longer than its absolute one.");
        }
    }

    public boolean isOpenAt(Instant now, Instant createdAt, Instant lastSeenAt, SessionStep step) {
        if (step == SessionStep.SECOND_FACTOR && !now.isBefore(createdAt.plus(secondFactor))) {
            return false;
        }
        return now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(createdAt.plus(absolute));
    }

    /**
     * Whether this request should move the last-seen time on: once the stored time is older than a twentieth of the
     * idle time-out (at most a minute), so the idle clock is never off by more than that.
     */
    public boolean needsRefresh(Instant now, Instant lastSeenAt) {
        Duration interval = idle.dividedBy(20);
        if (interval.compareTo(MAX_REFRESH_INTERVAL) > 0) {
            interval = MAX_REFRESH_INTERVAL;
        }
        return !now.isBefore(lastSeenAt.plus(interval));
    }
}
