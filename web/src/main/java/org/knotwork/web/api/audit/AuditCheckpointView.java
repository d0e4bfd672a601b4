package org.knotwork.web.api.audit;

import java.time.Instant;
import org.knotwork.audit.AuditCheckpoint;

/** A checkpoint of the chain's head: give {@code lineId} and {@code lineHash} back to verification as its start. */
public record AuditCheckpointView(long id, Instant takenAt, long lineId, String lineHash, String logLine) {

    static AuditCheckpointView of(AuditCheckpoint checkpoint) {
        return new AuditCheckpointView(
                checkpoint.id(),
                checkpoint.takenAt(),
                checkpoint.lineId(),
                checkpoint.lineHash(),
                checkpoint.logLine());
    }
}
