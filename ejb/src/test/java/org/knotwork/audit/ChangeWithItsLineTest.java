package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change written by its audit line's own statement ({@link AuditTrail#recordWith}) commits with its line, and when
 * the statement fails, nothing of the change stays and the line is written again as failed: as for a change written
 * apart from its line.
 */
class ChangeWithItsLineTest extends FreshAuditTrail {

    private final OneTransaction transaction = new OneTransaction();

    @BeforeEach
    void aTableToChange() throws SQLException {
        try (Connection connection = trail.applicationConnection();
                Statement create = connection.createStatement()) {
            create.execute("create table if not exists changed_things (id integer primary key)");
            create.execute("delete from changed_things");
        }
    }

    @Test
    void theChangeAndItsLineAreWrittenByOneStatementAndCommitTogether() throws SQLException {
        EntityManager em = trail.entityManager();
        em.getTransaction().begin();
        trail(em).recordWith(thing(7), AuditAction.UPDATE, "THING", 7, CLIENT, "Changed");
        em.getTransaction().commit();
        em.close();
        transaction.end(Status.STATUS_COMMITTED);

        assertThat(things()).isEqualTo(1);
        AuditLine line = onlyWaitingLine();
        assertThat(line.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(line.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(line.recordId()).isEqualTo("7");
        assertThat(line.detail()).isEqualTo("Changed");
    }

    @Test
    void aChangeThatFailsLeavesNothingButItsLineWrittenAsFailed() throws SQLException {
        try (Connection connection = trail.applicationConnection();
                Statement insert = connection.createStatement()) {
            insert.execute("insert into changed_things values (7)");
        }
        EntityManager em = trail.entityManager();
        em.getTransaction().begin();
        assertThatThrownBy(() -> trail(em).recordWith(thing(7), AuditAction.UPDATE, "THING", 7, CLIENT, "Changed"))
                .hasStackTraceContaining("changed_things_pkey");
        em.getTransaction().rollback();
        em.close();
        transaction.end(Status.STATUS_ROLLEDBACK);

        assertThat(things()).as("only the row that was there before").isEqualTo(1);
        AuditLine line = onlyWaitingLine();
        assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": Changed");
    }

    @Test
    void aLookIsNotAChange() {
        EntityManager em = trail.entityManager();
        try {
            assertThatThrownBy(() -> trail(em).recordWith(thing(7), AuditAction.READ, "THING", 7, CLIENT, "Read"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            em.close();
        }
    }

    private AuditTrail trail(EntityManager em) {
        return wired(
                new AuditTrail(),
                Map.of(
                        "em",
                        em,
                        "clock",
                        Clock.fixed(MAY_4, ZoneOffset.UTC),
                        "origin",
                        as(JO, "jo"),
                        "transactions",
                        transaction,
                        "ownTransactions",
                        trail.ownTransactions()));
    }

    private static AuditedChange thing(int id) {
        return new AuditedChange() {
            @Override
            public String statement() {
                return "insert into changed_things (id) values (?)";
            }

            @Override
            public int bind(PreparedStatement statement, int first) throws SQLException {
                statement.setInt(first, id);
                return first + 1;
            }
        };
    }

    private static long things() throws SQLException {
        try (Connection connection = trail.applicationConnection();
                Statement count = connection.createStatement();
                ResultSet row = count.executeQuery("select count(*) from changed_things")) {
            row.next();
            return row.getLong(1);
        }
    }
}
