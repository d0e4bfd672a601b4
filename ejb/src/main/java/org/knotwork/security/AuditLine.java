package org.knotwork.security;

import java.time.Instant;
import java.util.UUID;

/**
 * One line for the audit trail as a request asks for it: what happened, when and by whom, before it has its place in
 * the chain (an id and the previous line's hash), which {@link AuditLedger#appendAll} gives it. Public only because
 * the container calls {@link AuditTrail#appendAll} with it; lines are recorded through {@link AuditTrail#record}.
 */
public record AuditLine(
        Instant occurredAt,
        AuditOrigin origin,
        AuditAction action,
        String recordType,
        String recordId,
        UUID clientId,
        AuditOutcome outcome,
        String detail) {

    AuditEvent following(String prevHash, long id) {
        return AuditEvent.following(
                prevHash, id, occurredAt, origin, action, recordType, recordId, clientId, outcome, detail);
    }
}
