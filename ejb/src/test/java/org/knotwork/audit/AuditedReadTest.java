package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import jakarta.transaction.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A look recorded by the statement that reads the data: the read's rows come back as they are, the line is inserted
 * in the same statement with the read's figure in its detail, only where the guard holds, and the read says whether it
 * inserted it.
 */
class AuditedReadTest extends FreshAuditTrail {

    static final String READ = "select 42 as clients, 'figures' as kind";
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-z_]+)");

    @Test
    void theReadAnswersItsRowsAndInsertsItsLineWithItsFigure() throws SQLException {
        try (Connection connection = durableTransaction();
                PreparedStatement statement = bound(connection, look(), "cast(:known as boolean)", true);
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong("clients")).isEqualTo(42);
            assertThat(row.getString("kind")).isEqualTo("figures");
            assertThat(row.getBoolean("audited")).isTrue();
            assertThat(row.next()).isFalse();
            assertThat(commitMode(connection))
                    .as("a look alone need not wait for the disk")
                    .isEqualTo("off");
            connection.commit();
        }
        AuditLine line = onlyWaitingLine();
        assertThat(line.occurredAt()).isEqualTo(MAY_4);
        assertThat(line.origin().actorId()).isEqualTo(JO);
        assertThat(line.origin().actorName()).isEqualTo("jo");
        assertThat(line.action()).isEqualTo(AuditAction.OUTCOMES_VIEWED);
        assertThat(line.recordType()).isEqualTo("OUTCOMES");
        assertThat(line.recordId()).isNull();
        assertThat(line.clientId()).isNull();
        assertThat(line.origin().address()).isEqualTo("192.0.2.10");
        assertThat(line.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(line.detail()).isEqualTo("JSON: the year; 42 client(s)");
    }

    @Test
    void aReadWhoseGuardDoesNotHoldRecordsNothingAndSaysSo() throws SQLException {
        try (Connection connection = durableTransaction();
                PreparedStatement statement = bound(connection, look(), "cast(:known as boolean)", false)) {
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("clients")).isEqualTo(42);
                assertThat(row.getBoolean("audited")).isFalse();
            }
            connection.commit();
        }
        assertThat(trail.count("select count(*) from audit_pending")).isZero();
    }

    @Test
    void aReadInATransactionThatChangedSomethingLeavesItsCommitDurable() throws SQLException {
        try (Connection connection = durableTransaction()) {
            WaitingAuditLines.insert(
                    connection,
                    new AuditLine(
                            MAY_4,
                            as(JO, "jo"),
                            AuditAction.UPDATE,
                            "CLIENT",
                            null,
                            null,
                            AuditOutcome.SUCCESS,
                            "Saved"));
            try (PreparedStatement statement = bound(connection, look(), "cast(:known as boolean)", true);
                    ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean("audited")).isTrue();
            }
            assertThat(commitMode(connection)).isEqualTo("on");
            connection.commit();
        }
        assertThat(trail.count("select count(*) from audit_pending")).isEqualTo(2);
    }

    @Test
    void aReadRolledBackAfterItsLineWasWrittenIsWrittenAgainAsFailedWithItsFigure() throws SQLException {
        OneTransaction transaction = new OneTransaction();

        assertThat(readThenRolledBack(transaction, true)).isTrue();
        transaction.end(Status.STATUS_ROLLEDBACK);

        AuditLine line = onlyWaitingLine();
        assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": JSON: the year; 42 client(s)");
    }

    @Test
    void aReadWhoseTransactionCannotCommitAnyMoreIsWrittenAsFailedAtOnceWithItsFigure() throws SQLException {
        OneTransaction transaction = new OneTransaction();
        transaction.setRollbackOnly();

        assertThat(readThenRolledBack(transaction, true)).isTrue();
        assertThat(trail.count("select count(*) from audit_pending"))
                .as("written at once")
                .isEqualTo(1);
        transaction.end(Status.STATUS_ROLLEDBACK);

        AuditLine line = onlyWaitingLine(); // and not again at the rollback
        assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": JSON: the year; 42 client(s)");
    }

    @Test
    void aReadSentWhoseAnswerWasNeverReadIsWrittenAsFailedWithItsFigureUnknown() throws SQLException {
        OneTransaction transaction = new OneTransaction();
        AuditedRead look = look();
        look.sending();

        new CallerTransaction(transaction, trail.ownTransactions()).sent(look);
        transaction.end(Status.STATUS_ROLLEDBACK);

        AuditLine line = onlyWaitingLine();
        assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": JSON: the year; ? client(s)");
    }

    @Test
    void aRefusedReadRolledBackLeavesNoLineAtAll() throws SQLException {
        OneTransaction transaction = new OneTransaction();

        assertThat(readThenRolledBack(transaction, false)).isFalse();
        transaction.end(Status.STATUS_ROLLEDBACK);

        assertThat(trail.count("select count(*) from audit_pending")).isZero();
    }

    /**
     * The look's read, its guard holding or not, handed to the caller's {@code transaction} as {@link
     * AuditTrail#sent} hands it, then rolled back in the database; whether the read recorded its line.
     */
    private static boolean readThenRolledBack(OneTransaction transaction, boolean known) throws SQLException {
        AuditedRead look = look();
        try (Connection connection = durableTransaction();
                PreparedStatement statement = bound(connection, look, "cast(:known as boolean)", known);
                ResultSet row = statement.executeQuery()) {
            assertThat(row.next()).isTrue();
            boolean recorded = look.recorded(row);
            new CallerTransaction(transaction, trail.ownTransactions()).sent(look);
            connection.rollback();
            return recorded;
        }
    }

    private static AuditedRead look() {
        AuditLine line = new AuditLine(
                MAY_4,
                as(JO, "jo"),
                AuditAction.OUTCOMES_VIEWED,
                "OUTCOMES",
                null,
                null,
                AuditOutcome.SUCCESS,
                "JSON: the year; ");
        return new AuditedRead(line, " client(s)", true);
    }

    /** The look around {@link #READ} with the guard, its named values bound in order ({@code :known} the guard's). */
    private static PreparedStatement bound(Connection connection, AuditedRead look, String guard, boolean known)
            throws SQLException {
        Matcher named = NAMED.matcher(look.around(READ, "clients", guard));
        List<String> names = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            names.add(named.group(1));
            named.appendReplacement(sql, "?");
        }
        named.appendTail(sql);
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        Map<String, Object> values = new HashMap<>(look.values());
        values.put("known", known);
        for (int i = 0; i < names.size(); i++) {
            statement.setObject(i + 1, values.get(names.get(i)));
        }
        return statement;
    }
}
