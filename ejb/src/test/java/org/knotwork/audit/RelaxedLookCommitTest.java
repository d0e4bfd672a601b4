package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
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

    @Test
    void aLookAloneCommitsWithoutWaitingAndItsLineIsWrittenWhole() throws SQLException {
        try (Connection connection = durableTransaction()) {
            boolean relaxed = WaitingAuditLines.insertRelaxingCommit(connection, line(AuditAction.READ, "Opened"));

            assertThat(relaxed).isTrue();
            assertThat(commitMode(connection)).isEqualTo("off");
            connection.commit();
        }
        AuditLine line = onlyWaitingLine();
        assertThat(line.occurredAt()).isEqualTo(MAY_4);
        assertThat(line.origin().actorId()).isEqualTo(JO);
        assertThat(line.origin().actorName()).isEqualTo("jo");
        assertThat(line.action()).isEqualTo(AuditAction.READ);
        assertThat(line.recordId()).isEqualTo(CLIENT.toString());
        assertThat(line.clientId()).isEqualTo(CLIENT);
        assertThat(line.origin().address()).isEqualTo("192.0.2.10");
        assertThat(line.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(line.detail()).isEqualTo("Opened");
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
    void aLookRecordedByItsReadCommitsWithoutWaitingAndAnswersTheReadsRowsInOrder() throws SQLException {
        RecordedRead<Integer> read = new RecordedRead<>(
                "select g as n from generate_series(1, ?) g", List.of(3), "n desc", row -> row.getInt("n"));
        try (Connection connection = durableTransaction()) {
            LineWithRead.Answer<Integer> answer =
                    LineWithRead.insert(connection, line(AuditAction.READ, null), true, read);

            assertThat(answer.rows()).containsExactly(3, 2, 1);
            assertThat(answer.relaxed()).isTrue();
            assertThat(commitMode(connection)).isEqualTo("off");
            connection.commit();
        }
        AuditLine line = onlyWaitingLine();
        assertThat(line.action()).isEqualTo(AuditAction.READ);
        assertThat(line.clientId()).isEqualTo(CLIENT);
        assertThat(line.detail()).isNull();
    }

    @Test
    void aLookRecordedByAReadThatFindsNothingStillLeavesItsLine() throws SQLException {
        RecordedRead<Integer> read = new RecordedRead<>(
                "select g as n from generate_series(1, ?) g", List.of(0), "n", row -> row.getInt("n"));
        try (Connection connection = durableTransaction()) {
            WaitingAuditLines.insert(connection, line(AuditAction.UPDATE, "Saved"));

            LineWithRead.Answer<Integer> answer =
                    LineWithRead.insert(connection, line(AuditAction.READ, null), false, read);

            assertThat(answer.rows()).isEmpty();
            assertThat(answer.relaxed()).isFalse();
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

    private static AuditLine line(AuditAction action, String detail) {
        return new AuditLine(
                MAY_4, as(JO, "jo"), action, "CLIENT", CLIENT.toString(), CLIENT, AuditOutcome.SUCCESS, detail);
    }
}
