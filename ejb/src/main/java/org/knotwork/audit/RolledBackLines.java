package org.knotwork.audit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Watches the transaction that audit lines were written in. They commit with it; if it rolls back they are gone with
 * it, and what they recorded did not happen, so this writes each one again as {@link AuditOutcome#FAILED}, in a
 * transaction of its own, right after the rollback and before the request is answered. The trail then says the
 * attempt failed instead of saying nothing (or, as before, saying it succeeded).
 */
final class RolledBackLines implements Synchronization {

    private static final Logger LOG = Logger.getLogger(RolledBackLines.class.getName());

    static final String PREFIX = "Rolled back, so this did not happen";

    private final DataSource ownTransactions;
    private final List<AuditLine> lines = new ArrayList<>();

    /** @param ownTransactions a data source whose connections take part in no container transaction */
    RolledBackLines(DataSource ownTransactions) {
        this.ownTransactions = ownTransactions;
    }

    void add(AuditLine line) {
        lines.add(line);
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            writeAsFailed(ownTransactions, lines);
        }
    }

    /** Writes the lines as failed, each in its own committed statement; one that cannot be written goes to the log. */
    static void writeAsFailed(DataSource ownTransactions, List<AuditLine> lines) {
        try (Connection connection = ownTransactions.getConnection()) {
            connection.setAutoCommit(true);
            for (AuditLine line : lines) {
                WaitingAuditLines.insert(connection, failed(line));
            }
        } catch (SQLException | RuntimeException e) {
            lines.forEach(line -> LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "An audit line could not be written: " + failed(line).describe()));
        }
    }

    static AuditLine failed(AuditLine line) {
        return line.endingIn(AuditOutcome.FAILED, line.detail() == null ? PREFIX + "." : PREFIX + ": " + line.detail());
    }
}
