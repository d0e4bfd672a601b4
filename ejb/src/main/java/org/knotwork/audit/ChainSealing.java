package org.knotwork.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves committed lines from {@code audit_pending} into the chain: in one transaction of its own, under the chain's
 * lock, it takes the oldest waiting lines, gives each its id and the previous line's hash, and inserts them. A line
 * joins the chain once and only once, since leaving the waiting table and joining the chain commit together. The
 * changes whose lines these are never held the lock; only this short transaction does.
 */
final class ChainSealing {

    /** Bounds one transaction; more waiting lines are sealed by the next one, at once. */
    static final int MAX_LINES = 500;

    private ChainSealing() {}

    /**
     * Seals what is waiting, a batch per transaction, until nothing committed waits. With {@code waitForLock} false it
     * gives up when another sealer (another instance, another thread) holds the chain: that one seals these lines.
     *
     * @param connection a connection this class may commit on; its auto-commit is restored afterwards
     * @return the number of lines sealed
     */
    static int sealWaiting(Connection connection, boolean waitForLock) throws SQLException {
        return sealWaiting(connection, waitForLock, MAX_LINES);
    }

    /** The same, with at most {@code maxLines} per transaction. */
    static int sealWaiting(Connection connection, boolean waitForLock, int maxLines) throws SQLException {
        int sealed = 0;
        int batch;
        do {
            batch = sealOneBatch(connection, waitForLock, maxLines);
            sealed += Math.max(batch, 0);
        } while (batch == maxLines);
        return sealed;
    }

    /** One transaction: the number of lines sealed, or -1 when the lock was taken by someone else. */
    private static int sealOneBatch(Connection connection, boolean waitForLock, int maxLines) throws SQLException {
        if (!WaitingAuditLines.any(connection)) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // The waiting lines are on disk already (or, for looks at data, within PostgreSQL's asynchronous-commit
            // window); moving them loses nothing if this commit is lost in a crash: they are simply still waiting.
            try (PreparedStatement relax = connection.prepareStatement("set local synchronous_commit = off")) {
                relax.execute();
            }
            if (waitForLock) {
                AuditLedger.lockChain(connection);
            } else if (!AuditLedger.tryLockChain(connection)) {
                connection.rollback();
                return -1;
            }
            List<AuditLine> lines = WaitingAuditLines.take(connection, maxLines);
            AuditLedger.appendAll(connection, lines);
            connection.commit();
            return lines.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
