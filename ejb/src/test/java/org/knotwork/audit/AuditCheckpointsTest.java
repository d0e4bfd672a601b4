package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

/**
 * Lines removed from the end of the trail leave the chain whole; checkpoints of its head find them. Those noted in the
 * database are checked by every verification; one kept off the machine finds them even when the checkpoints in the
 * database were removed too.
 */
class AuditCheckpointsTest extends FreshAuditTrail {

    static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

    @Test
    void aCheckpointNotesTheNewestLineAndAnIdleTrailGetsNoOther() {
        List<AuditEvent> lines = trail.appendSeveral(4);

        AuditCheckpoint noted = trail.checkpoint(NOON).orElseThrow();

        assertThat(noted.lineId()).isEqualTo(lines.get(3).id());
        assertThat(noted.lineHash()).isEqualTo(lines.get(3).hash());
        assertThat(noted.logLine()).contains("line " + noted.lineId()).contains(noted.lineHash());
        assertThat(trail.checkpoint(NOON.plusSeconds(900)))
                .as("nothing new since")
                .isEmpty();
        trail.appendSeveral(1);
        assertThat(trail.checkpoint(NOON.plusSeconds(1800))).isPresent();
    }

    @Test
    void theNewestLinesRemovedAreFoundByTheCheckpointsInTheDatabase() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(10);
        AuditCheckpoint noted = trail.checkpoint(NOON).orElseThrow();
        trail.appendSeveral(5);
        assertThat(trail.verify().intact()).isTrue();

        trail.asSuperuser("delete from audit_events where id >= " + lines.get(8).id());

        AuditVerification result = trail.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(noted.lineId());
        assertThat(result.problem()).contains("no longer in the trail").contains("removed from its end");
    }

    @Test
    void aCheckpointKeptOffTheMachineFindsTheNewestLinesRemovedWithTheCheckpointsToo() throws SQLException {
        List<AuditEvent> lines = trail.appendSeveral(10);
        AuditCheckpoint kept = trail.checkpoint(NOON).orElseThrow();

        trail.asSuperuser("delete from audit_checkpoints; delete from audit_events where id >= "
                + lines.get(6).id());

        assertThat(trail.verify().intact())
                .as("without a checkpoint, a shortened chain is still a whole chain")
                .isTrue();
        AuditVerification fromKept = trail.verify(kept);
        assertThat(fromKept.intact()).isFalse();
        assertThat(fromKept.firstBrokenId()).isEqualTo(kept.lineId());
    }

    @Test
    void aCheckpointNamingALineNeverRecordedIsRefusedNotReportedAsTampering() {
        List<AuditEvent> lines = trail.appendSeveral(3);
        AuditCheckpoint invented = new AuditCheckpoint(null, NOON, 99_999_999_999L, "0".repeat(64));

        assertThatThrownBy(() -> trail.verify(invented))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("never had a line 99999999999")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("fromLine");
        assertThatThrownBy(() -> trail.verify(
                        new AuditCheckpoint(null, NOON, lines.get(2).id() + 1, "0".repeat(64))))
                .as("the next number, not given out yet, is no line either")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void verificationFromACheckpointChecksOnlyTheLinesAfterIt() {
        trail.appendSeveral(6);
        AuditCheckpoint kept = trail.checkpoint(NOON).orElseThrow();
        List<AuditEvent> later = trail.appendSeveral(3);

        AuditVerification result = trail.verify(kept);

        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(4);
        assertThat(result.lastLineId()).isEqualTo(later.get(2).id());
        assertThat(result.lastLineHash()).isEqualTo(later.get(2).hash());
    }

    @Test
    void aCheckpointWithAnotherHashIsRefusedAsAStart() {
        trail.appendSeveral(3);
        AuditCheckpoint noted = trail.checkpoint(NOON).orElseThrow();

        AuditVerification result = trail.verify(new AuditCheckpoint(null, NOON, noted.lineId(), "0".repeat(64)));

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("does not have the hash the checkpoint gives");
    }

    @Test
    void theApplicationCannotChangeOrRemoveCheckpoints() {
        trail.appendSeveral(2);
        trail.checkpoint(NOON).orElseThrow();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trail.asApplication("delete from audit_checkpoints"))
                .hasMessageContaining("permission denied");
    }
}
