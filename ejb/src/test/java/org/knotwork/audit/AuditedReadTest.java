package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A look recorded by the statement that reads the data: the read's rows come back as they are, the line is inserted
 * in the same statement with the read's figure in its detail, only where the guard holds, and the read says whether it
 * inserted it.
 */
class AuditedReadTest extends FreshAuditTrail {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");
    static final String READ = "select 42 as clients, 'figures' as kind";
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-z_]+)");

    @Test
    void theReadAnswersItsRowsAndInsertsItsLineWithItsFigure() throws SQLException {
        try (Connection connection = transaction();
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
        try (Connection connection = trail.applicationConnection();
                Statement query = connection.createStatement();
                ResultSet line = query.executeQuery("select occurred_at, actor_id, actor_name, action, record_type,"
                        + " record_id, client_id, address, outcome, detail from audit_pending")) {
            assertThat(line.next()).isTrue();
            assertThat(line.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(MAY_4);
            assertThat(line.getObject(2, UUID.class)).isEqualTo(JO);
            assertThat(line.getString(3)).isEqualTo("jo");
            assertThat(line.getString(4)).isEqualTo("OUTCOMES_VIEWED");
            assertThat(line.getString(5)).isEqualTo("OUTCOMES");
            assertThat(line.getString(6)).isNull();
            assertThat(line.getObject(7)).isNull();
            assertThat(line.getString(8)).isEqualTo("192.0.2.10");
            assertThat(line.getString(9)).isEqualTo("SUCCESS");
            assertThat(line.getString(10)).isEqualTo("JSON: the year; 42 client(s)");
            assertThat(line.next()).isFalse();
        }
    }

    @Test
    void aReadWhoseGuardDoesNotHoldRecordsNothingAndSaysSo() throws SQLException {
        try (Connection connection = transaction();
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
        try (Connection connection = transaction()) {
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

    /** A transaction that waits for the disk at commit, as the run command's database does (the tests' does not). */
    private static Connection transaction() throws SQLException {
        Connection connection = trail.applicationConnection();
        connection.setAutoCommit(false);
        try (Statement durable = connection.createStatement()) {
            durable.execute("set local synchronous_commit = on");
        }
        return connection;
    }

    private static String commitMode(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
                ResultSet mode = show.executeQuery("show synchronous_commit")) {
            mode.next();
            return mode.getString(1);
        }
    }
}
