package org.knotwork.audit;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * What the audit keeps with the caller's transaction, in the container's registry: whether a look has let it commit
 * without waiting for the disk, and the lines written in it, watched for a rollback.
 */
final class CallerTransaction {

    private static final String WATCH = RolledBackLines.class.getName();
    private static final String RELAXED = AuditTrail.class.getName() + ".relaxedCommit";

    /** A transaction in these can no longer commit, nor take a synchronization to watch a line with. */
    private static final List<Integer> CANNOT_COMMIT =
            List.of(Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK);

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource ownTransactions;

    CallerTransaction(TransactionSynchronizationRegistry transactions, DataSource ownTransactions) {
        this.transactions = transactions;
        this.ownTransactions = ownTransactions;
    }

    /**
     * Whether a transaction in {@code status} can no longer commit, nor take a synchronization to watch a line with:
     * a line recorded in it is written as failed at once.
     */
    static boolean cannotCommit(int status) {
        return CANNOT_COMMIT.contains(status);
    }

    /** Whether a look may let the commit skip the wait: nothing relaxed it yet, and the session writes nothing. */
    boolean mayRelax(Session session) {
        return transactions.getResource(RELAXED) == null && !writesAtCommit(session);
    }

    /** A look's line is in the database, with the commit's wait switched off. */
    private void relaxed() {
        transactions.putResource(RELAXED, Boolean.TRUE);
    }

    /**
     * Inserts the line. A look lets a transaction that has written nothing yet commit without waiting for the disk;
     * any other line puts the wait back, so a change made after a look in the same transaction is as durable as ever.
     */
    void insert(Connection connection, Session session, AuditLine line) throws SQLException {
        if (line.action().recordsALook() && mayRelax(session)) {
            if (WaitingAuditLines.insertRelaxingCommit(connection, line)) {
                relaxed();
            }
            return;
        }
        if (!line.action().recordsALook()) {
            waitForTheDiskAgain(connection);
        }
        WaitingAuditLines.insert(connection, line);
    }

    /** Writes a change and the line recording it in one statement, as durable as any change. */
    void insertWith(Connection connection, AuditedChange change, AuditLine line) throws SQLException {
        waitForTheDiskAgain(connection);
        WaitingAuditLines.insertWith(connection, change, line);
    }

    /** A look earlier in this transaction let its commit skip the wait for the disk: a change puts the wait back. */
    private void waitForTheDiskAgain(Connection connection) throws SQLException {
        if (transactions.getResource(RELAXED) != null) {
            try (var strict = connection.prepareStatement("set local synchronous_commit = on")) {
                strict.execute();
            }
            transactions.putResource(RELAXED, null);
        }
    }

    /** Inserts a look's line by the statement that reads what was looked at ({@link LineWithRead}); its rows. */
    <T> List<T> insert(Connection connection, Session session, AuditLine line, RecordedRead<T> read)
            throws SQLException {
        LineWithRead.Answer<T> answer = LineWithRead.insert(connection, line, mayRelax(session), read);
        if (answer.relaxed()) {
            relaxed();
        }
        return answer.rows();
    }

    /**
     * Whether the session holds changes it will write when the transaction commits. A session that flushes only when
     * told (the chart's and the other reads', see {@code ChartService}) writes nothing at commit, so its persistence
     * context is not walked: Hibernate's dirty check visits every entity it holds, about a twentieth of a chart's CPU
     * in Payara Micro. What such a session flushed by hand is already in the database, where the line's own statement
     * sees it. A session that flushes only by hand must therefore flush its changes before it records a look.
     */
    static boolean writesAtCommit(Session session) {
        return session.getHibernateFlushMode() != FlushMode.MANUAL && session.isDirty();
    }

    /**
     * The line a read owes ({@link AuditedRead#owed}: as its statement inserted it, or, the statement sent but its
     * answer never read, with its figure unknown; none when its guard did not hold): watched from now on, so a
     * rollback writes it as failed, or written as failed at once when the transaction can no longer commit. A read
     * whose answer was never read has failed, and its transaction rolls back with the failure.
     */
    void sent(AuditedRead read) {
        AuditLine owed = read.owed();
        if (owed == null) {
            return;
        }
        if (cannotCommit(transactions.getTransactionStatus())) {
            RolledBackLines.writeAsFailed(ownTransactions, List.of(owed));
            return;
        }
        if (read.relaxedTheCommit()) {
            relaxed();
        }
        watch().add(owed);
    }

    /** The lines written in the caller's transaction, watched for a rollback. */
    RolledBackLines watch() {
        RolledBackLines watch = (RolledBackLines) transactions.getResource(WATCH);
        if (watch == null) {
            watch = new RolledBackLines(ownTransactions);
            transactions.registerInterposedSynchronization(watch);
            transactions.putResource(WATCH, watch);
        }
        return watch;
    }
}
