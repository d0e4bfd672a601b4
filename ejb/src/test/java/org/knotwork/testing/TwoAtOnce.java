package org.knotwork.testing;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Two requests at once, each in a transaction of its own: the second starts when the first has done its work and
 * written it (flushed) but not committed, and the first commits once the second waits on a lock (or after two seconds,
 * when it waits on none).
 */
public final class TwoAtOnce {

    private static final long PATIENCE_MILLIS = 2_000;

    private TwoAtOnce() {}

    /** How the second ended: its result, or what it failed with. */
    public record Second(Object result, Throwable failure) {}

    public static Second run(CountedUnit unit, Function<EntityManager, ?> first, Function<EntityManager, ?> second) {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?>[] started = new Future<?>[1];
            unit.inTransaction(em -> {
                Object done = first.apply(em);
                em.flush();
                started[0] = other.submit(() -> unit.inTransaction(second));
                waitUntilBlockedOrDone(unit, started[0]);
                return done;
            });
            try {
                return new Second(started[0].get(30, TimeUnit.SECONDS), null);
            } catch (ExecutionException e) {
                return new Second(null, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            other.shutdownNow();
        }
    }

    private static void waitUntilBlockedOrDone(CountedUnit unit, Future<?> second) {
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        try (Connection c = unit.database().database().dataSource().getConnection();
                Statement query = c.createStatement()) {
            while (!second.isDone() && System.currentTimeMillis() < until) {
                try (ResultSet waiting = query.executeQuery("select count(*) from pg_locks where not granted")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
