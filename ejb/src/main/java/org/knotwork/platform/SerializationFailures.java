package org.knotwork.platform;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Work in a transaction of its own that PostgreSQL may refuse when another transaction touched the same rows at the
 * same moment: a serialization failure (SQL state 40001, "could not serialize access due to concurrent update") or a
 * deadlock (40P01). Such work is simply done again; should it still fail, the failure goes on (the web answers it 503
 * with {@code Retry-After}).
 */
public final class SerializationFailures {

    /** Tries at most this often in all. */
    static final int TRIES = 4;

    private SerializationFailures() {}

    /** Does {@code work} (which must start and end its own transaction), again when it failed as above. */
    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !causedBy(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(attempt * 10L);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** As {@link #retried(Supplier)}, for work without a result. */
    public static void retried(Runnable work) {
        retried(() -> {
            work.run();
            return null;
        });
    }

    /** Whether {@code failure}, or anything that caused it, is a serialization failure or a deadlock. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
