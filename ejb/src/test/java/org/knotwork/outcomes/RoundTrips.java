package org.knotwork.outcomes;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the times the driver goes to the database and waits: each Sync message it sends ends a round trip (the
 * database answers everything before it, then waits for the next message), as the driver's protocol log says.
 * Counting executed statements would not do: the driver may split one execution into several round trips.
 */
final class RoundTrips implements AutoCloseable {

    private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final AtomicInteger syncs = new AtomicInteger();
    private final Level level = PROTOCOL.getLevel();
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (" FE=> Sync".equals(record.getMessage())) {
                syncs.incrementAndGet();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    RoundTrips() {
        counter.setLevel(Level.ALL);
        PROTOCOL.setLevel(Level.FINEST);
        PROTOCOL.addHandler(counter);
    }

    int counted() {
        return syncs.get();
    }

    @Override
    public void close() {
        PROTOCOL.removeHandler(counter);
        PROTOCOL.setLevel(level);
    }
}
