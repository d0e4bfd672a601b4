package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.knotwork.security.Role;
import org.knotwork.security.User;

/**
 * A look at data, written in a transaction that has changed nothing, lets that transaction commit without waiting for
 * the disk, in the statement that writes its line; a look after a change keeps the change's commit durable. A session
 * that flushes only when told writes nothing at commit, so its look needs no dirty check.
 */
class RelaxedLookCommitTest extends FreshAuditTrail {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");

    @Test
    void aLookAloneCommitsWithoutWaitingAndItsLineIsWrittenWhole() throws SQLException {
        try (Connection connection = durableTransaction()) {
            boolean relaxed = WaitingAuditLines.insertRelaxingCommit(connection, line(AuditAction.READ, "Opened"));

            assertThat(relaxed).isTrue();
            assertThat(commitMode(connection)).isEqualTo("off");
            connection.commit();
        }
        try (Connection connection = trail.applicationConnection();
                Statement query = connection.createStatement();
                var row = query.executeQuery("select occurred_at, actor_id, actor_name, action, record_id, client_id,"
                        + " address, outcome, detail from audit_pending")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(MAY_4);
            assertThat(row.getObject(2, UUID.class)).isEqualTo(JO);
            assertThat(row.getString(3)).isEqualTo("jo");
            assertThat(row.getString(4)).isEqualTo("READ");
            assertThat(row.getString(5)).isEqualTo(CLIENT.toString());
            assertThat(row.getObject(6, UUID.class)).isEqualTo(CLIENT);
            assertThat(row.getString(7)).isEqualTo("192.0.2.10");
            assertThat(row.getString(8)).isEqualTo("SUCCESS");
            assertThat(row.getString(9)).isEqualTo("Opened");
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void aLookAfterAChangeInTheSameTransactionLeavesItsCommitDurable() throws SQLException {
        try (Connection connection = durableTransaction()) {
            WaitingAuditLines.insert(connection, line(AuditAction.UPDATE, "Saved"));

            boolean relaxed = WaitingAuditLines.insertRelaxingCommit(connection, line(AuditAction.READ, "Opened"));

            assertThat(relaxed).isFalse();
            assertThat(commitMode(connection)).isEqualTo("on");
            connection.commit();
        }
        assertThat(trail.count("select count(*) from audit_pending")).isEqualTo(2);
    }

    @Test
    void aSessionThatFlushesOnlyWhenToldLeavesItsUnflushedChangeOutOfTheCommit() {
        boolean[] writesAtCommit = new boolean[2];
        trail.inTransaction(em -> {
            Session session = em.unwrap(Session.class);
            em.persist(User.create("kept-out", "Kept Out", "unused", Set.of(Role.THERAPIST), MAY_4));
            writesAtCommit[0] = CallerTransaction.writesAtCommit(session);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            writesAtCommit[1] = CallerTransaction.writesAtCommit(session);
            return null;
        });

        assertThat(writesAtCommit[0])
                .as("a session that flushes at commit, holding a change")
                .isTrue();
        assertThat(writesAtCommit[1])
                .as("the same session, flushing only when told")
                .isFalse();
        assertThat(trail.count("select count(*) from users where username = 'kept-out'"))
                .as("what a look may let commit without waiting: nothing of the unflushed change")
                .isZero();
    }

    /** A transaction that waits for the disk at commit, as the run command's database does (the tests' does not). */
    private static Connection durableTransaction() throws SQLException {
        Connection connection = trail.applicationConnection();
        connection.setAutoCommit(false);
        try (Statement durable = connection.createStatement()) {
            durable.execute("set local synchronous_commit = on");
        }
        return connection;
    }

    private static String commitMode(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
                var mode = show.executeQuery("show synchronous_commit")) {
            mode.next();
            return mode.getString(1);
        }
    }

    private static AuditLine line(AuditAction action, String detail) {
        return new AuditLine(
                MAY_4, as(JO, "jo"), action, "CLIENT", CLIENT.toString(), CLIENT, AuditOutcome.SUCCESS, detail);
    }
}
