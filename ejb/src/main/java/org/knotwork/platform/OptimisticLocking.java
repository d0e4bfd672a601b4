package org.knotwork.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking as every service applies it: the caller names the version it read, and the save is flushed
 * inside the call so that a concurrent save surfaces as a stale version (409), not as a failed commit (500).
 */
public final class OptimisticLocking {

    private OptimisticLocking() {}

    /** Refuses the change when the record moved on since the caller read {@code expected}. */
    public static void requireVersion(String what, long expected, long current) {
        if (current != expected) {
            throw new StaleVersionException(what, expected, current);
        }
    }

    /** Writes the change now; someone saving the same record at the same moment makes it stale. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(what);
        }
    }
}
