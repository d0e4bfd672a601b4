package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail cannot be changed by the application's database user, and a line changed, removed or moved behind
 * the application's back (by a superuser, with the triggers off) is found by verification.
 */
class AuditTamperingTest extends FreshAuditTrail {

    @Test
    void theApplicationsDatabaseUserCannotChangeOrRemoveLines() {
        trail.appendSeveral(3);

        assertThatThrownBy(() -> trail.asApplication("update audit_events set detail = 'changed'"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> trail.asApplication("delete from audit_events where id = 2"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> trail.asApplication("truncate audit_events"))
                .hasMessageContaining("permission denied");
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().rowsChecked()).isEqualTo(3);
    }

    @Test
    void evenWithItsPrivilegeGrantedBackTheApplicationCannotChangeLines() throws SQLException {
        trail.appendSeveral(3);

        try (Connection c = trail.applicationConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("grant update, delete, truncate on audit_events to current_user");
            assertThatThrownBy(() -> s.execute("update audit_events set detail = 'changed'"))
                    .hasMessageContaining("append-only");
            c.rollback();
            s.execute("grant update, delete, truncate on audit_events to current_user");
            assertThatThrownBy(() -> s.execute("delete from audit_events")).hasMessageContaining("append-only");
            c.rollback();
            s.execute("grant update, delete, truncate on audit_events to current_user");
            assertThatThrownBy(() -> s.execute("truncate audit_events")).hasMessageContaining("append-only");
            c.rollback();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aLineEditedBehindTheApplicationsBackIsReported() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(5);
        long edited = lines.get(2).id();

        trail.asSuperuser("update audit_events set detail = 'Nothing happened' where id = " + edited);

        AuditVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(edited);
        assertThat(result.rowsChecked()).isEqualTo(3);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void aLineRemovedFromTheMiddleIsReported() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(5);

        trail.asSuperuser("delete from audit_events where id = " + lines.get(2).id());

        AuditVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(lines.get(3).id());
        assertThat(result.problem()).contains("removed");
    }

    @Test
    void removingTheFirstLineIsReported() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(3);

        trail.asSuperuser("delete from audit_events where id = " + lines.get(0).id());

        assertThat(trail.verify().firstBrokenId()).isEqualTo(lines.get(1).id());
    }

    @Test
    void linesMovedToEachOthersPlaceAreReported() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(4);
        long first = lines.get(1).id();
        long second = lines.get(2).id();

        // The id is generated always and cannot be set, so moving lines means swapping everything else; the
        // unique hashes need a stand-in while the two lines trade places.
        String columns = "occurred_at, actor_id, actor_name, action, record_type, record_id, client_id, address,"
                + " outcome, detail, prev_hash, hash";
        trail.asSuperuser("create temp table moved as select * from audit_events where id in (" + first + ", " + second
                + ");"
                + " update audit_events set prev_hash = repeat('1', 64), hash = repeat('2', 64) where id = " + first
                + ";"
                + " update audit_events set (" + columns + ") = (select " + columns + " from moved where id = "
                + first + ") where id = " + second + ";"
                + " update audit_events set (" + columns + ") = (select " + columns + " from moved where id = "
                + second + ") where id = " + first);

        assertThat(trail.verify().firstBrokenId()).isEqualTo(first);
    }
}
