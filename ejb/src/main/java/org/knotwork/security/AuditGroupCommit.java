package org.knotwork.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets requests that record audit lines at the same time share one write. A request hands in its line and waits
 * until the line is written; it does not go on, and its data is not shown, before that. Whoever hands in a line
 * while no write is running writes everything waiting, its own line included, in one batch through the writer it
 * brought; lines handed in meanwhile wait for the next batch. Under load a batch gathers the lines of every request
 * that arrived while the previous one was being written, so the chain's lock, its head and the commit are paid once
 * per batch instead of once per line; alone, a line is written at once, as before.
 *
 * <p>If a batch cannot be written, each of its lines is tried alone, so a line the database refuses fails its own
 * request and no other.
 *
 * <p>A line that records a look at data need not hold its request up while another request writes: it is handed in
 * {@linkplain #submitWithoutWaiting without waiting}, and the write under way takes it in its next batch.
 */
final class AuditGroupCommit {

    private static final Logger LOG = Logger.getLogger(AuditGroupCommit.class.getName());

    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchWritten = lock.newCondition();
    private final List<Pending> waiting = new ArrayList<>();
    private boolean writing;

    /** @param maxBatch the most lines one write takes; more wait for the next */
    AuditGroupCommit(int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least one line.");
        }
        this.maxBatch = maxBatch;
    }

    /**
     * Returns once {@code line} is written, by this thread or by another; throws if it could not be.
     *
     * @param writer writes a batch of lines in the given order, all or none, in its own transaction
     */
    void submit(AuditLine line, Consumer<List<AuditLine>> writer) {
        Pending mine = hand(line, writer, true);
        if (mine.failure != null) {
            throw new AuditLineNotWritten(mine.failure);
        }
    }

    /**
     * Hands {@code line} in and returns at once if a write is running: that write goes on until no line is waiting,
     * so this line is written within that write's next batch. Otherwise this thread writes it, with whatever else is
     * waiting, before returning. A line that cannot be written is reported to the server log, since nobody waits for
     * it. Only for lines that record a look at data: they may follow their request's answer by a few milliseconds.
     */
    void submitWithoutWaiting(AuditLine line, Consumer<List<AuditLine>> writer) {
        hand(line, writer, false);
    }

    /** Returns once every line handed in before has been written or has failed. */
    void awaitWritten() {
        lock.lock();
        try {
            while (writing || !waiting.isEmpty()) {
                batchWritten.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    private Pending hand(AuditLine line, Consumer<List<AuditLine>> writer, boolean waitForIt) {
        Pending mine = new Pending(line, waitForIt);
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.finished) {
                if (writing) {
                    if (!waitForIt) {
                        return mine;
                    }
                    batchWritten.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                try {
                    // Whoever writes goes on while lines wait, so no line is left behind when the writing stops.
                    while (!waiting.isEmpty()) {
                        List<Pending> batch = takeBatch();
                        lock.unlock();
                        try {
                            write(batch, writer);
                        } finally {
                            lock.lock();
                            batchWritten.signalAll();
                        }
                    }
                } finally {
                    writing = false;
                    batchWritten.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        return mine;
    }

    private List<Pending> takeBatch() {
        List<Pending> taken = waiting.subList(0, Math.min(maxBatch, waiting.size()));
        List<Pending> batch = new ArrayList<>(taken);
        taken.clear();
        return batch;
    }

    /** Runs outside the lock; the results are published by the lock taken right after. */
    private static void write(List<Pending> batch, Consumer<List<AuditLine>> writer) {
        try {
            writer.accept(batch.stream().map(pending -> pending.line).toList());
            batch.forEach(pending -> pending.finished = true);
            return;
        } catch (Throwable failure) {
            if (batch.size() == 1) {
                batch.get(0).fail(failure);
                return;
            }
        }
        for (Pending pending : batch) {
            try {
                writer.accept(List.of(pending.line));
                pending.finished = true;
            } catch (Throwable failure) {
                pending.fail(failure);
            }
        }
    }

    private static final class Pending {
        final AuditLine line;
        final boolean awaited;
        boolean finished;
        Throwable failure;

        Pending(AuditLine line, boolean awaited) {
            this.line = line;
            this.awaited = awaited;
        }

        void fail(Throwable cause) {
            failure = cause;
            finished = true;
            if (!awaited) {
                LOG.log(
                        Level.SEVERE,
                        cause,
                        () -> "An audit line nobody waited for could not be written: "
                                + line.occurredAt() + " " + line.origin().actorName() + " at "
                                + line.origin().address() + " "
                                + line.action() + " " + line.recordType() + " " + line.recordId() + " client "
                                + line.clientId() + " " + line.outcome() + " " + line.detail());
            }
        }
    }

    /** The request's audit line could not be written, so the request must not go on as if it had been. */
    static final class AuditLineNotWritten extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AuditLineNotWritten(Throwable cause) {
            super("The audit line could not be written: " + cause.getMessage(), cause);
        }
    }
}
