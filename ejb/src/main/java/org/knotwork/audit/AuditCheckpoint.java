package org.knotwork.audit;

import java.time.Instant;

/**
 * The chain's head as it was noted at {@code takenAt}: line {@code lineId} with hash {@code lineHash}. Every later
 * verification checks that this line is still there with this hash, so lines removed from the end of the trail (which
 * leave no gap in the chain) are found too, back to the last checkpoint. A copy kept off the machine (the server log
 * has each one) protects against someone who can also remove checkpoints.
 */
public record AuditCheckpoint(Long id, Instant takenAt, long lineId, String lineHash) {

    /** How the server log and the API state it, so an operator can copy it and give it back to verification. */
    public String logLine() {
        return "Audit checkpoint: line " + lineId + " hash " + lineHash + " (taken " + takenAt + ")";
    }
}
