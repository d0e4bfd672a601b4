package org.knotwork.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line for the audit trail as a request asks for it: what happened, when and by whom, before it has its place in
 * the chain (an id and the previous line's hash), which {@link AuditLedger#appendAll} gives it. Lines are recorded
 * through {@link AuditTrail#record}.
 */
record AuditLine(
        Instant occurredAt,
        AuditOrigin origin,
        AuditAction action,
        String recordType,
        String recordId,
        UUID clientId,
        AuditOutcome outcome,
        String detail) {

    /** The same event, with what came of it and the detail that says so. */
    AuditLine endingIn(AuditOutcome ending, String saying) {
        return new AuditLine(occurredAt, origin, action, recordType, recordId, clientId, ending, saying);
    }

    /** The line in full, for the server log when it cannot be written to the trail. */
    String describe() {
        return occurredAt + " " + origin.actorName() + " at " + origin.address() + " " + action + " " + recordType + " "
                + recordId + " client " + clientId + " " + outcome + " " + detail;
    }

    /** The content as stored, before the chain gives it a place. */
    AuditEvent storable() {
        return AuditEvent.storable(occurredAt, origin, action, recordType, recordId, clientId, outcome, detail);
    }

    AuditEvent following(String prevHash, long id) {
        return AuditEvent.following(
                prevHash, id, occurredAt, origin, action, recordType, recordId, clientId, outcome, detail);
    }
}
