package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;
import static org.knotwork.testing.Wired.wired;

import jakarta.transaction.Status;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A line recorded in a transaction that can no longer commit (marked for rollback, rolling back, rolled back) records
 * what will not happen: {@link AuditTrail#record} writes it as failed at once, in a transaction of its own, rather
 * than into the ending transaction, which could neither keep it nor watch it.
 */
class LineOfAnEndingTransactionTest extends FreshAuditTrail {

    @Test
    void aLineRecordedInATransactionMarkedForRollbackIsWrittenAsFailedAtOnce() throws SQLException {
        assertWrittenAsFailedAtOnce(Status.STATUS_MARKED_ROLLBACK);
    }

    @Test
    void aLineRecordedInATransactionRollingBackIsWrittenAsFailedAtOnce() throws SQLException {
        assertWrittenAsFailedAtOnce(Status.STATUS_ROLLING_BACK);
    }

    @Test
    void aLineRecordedInATransactionRolledBackIsWrittenAsFailedAtOnce() throws SQLException {
        assertWrittenAsFailedAtOnce(Status.STATUS_ROLLEDBACK);
    }

    @Test
    void everyStatusThatCannotCommitAnyMoreIsKnownAsSuchAndNoOther() {
        for (int status = Status.STATUS_ACTIVE; status <= Status.STATUS_ROLLING_BACK; status++) {
            assertThat(CallerTransaction.cannotCommit(status))
                    .as("status " + status)
                    .isEqualTo(status == Status.STATUS_MARKED_ROLLBACK
                            || status == Status.STATUS_ROLLING_BACK
                            || status == Status.STATUS_ROLLEDBACK);
        }
    }

    private static void assertWrittenAsFailedAtOnce(int status) throws SQLException {
        OneTransaction transaction = new OneTransaction();
        transaction.nowIn(status);
        AuditTrail audit = wired(
                new AuditTrail(),
                Map.of(
                        "clock",
                        Clock.fixed(MAY_4, ZoneOffset.UTC),
                        "origin",
                        as(JO, "jo"),
                        "transactions",
                        transaction,
                        "ownTransactions",
                        trail.ownTransactions()));

        audit.record(AuditAction.UPDATE, "CLIENT", CLIENT, CLIENT, AuditOutcome.SUCCESS, "Saved");

        AuditLine line = onlyWaitingLine();
        assertThat(line.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": Saved");
    }
}
