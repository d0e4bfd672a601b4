package org.knotwork.web.api.audit;

import java.time.Instant;
import java.util.UUID;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditEvent;
import org.knotwork.audit.AuditOutcome;

/** One line of the audit trail as the API shows it, with its place in the hash chain. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        AuditAction action,
        String recordType,
        String recordId,
        UUID clientId,
        String address,
        AuditOutcome outcome,
        String detail,
        String prevHash,
        String hash) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(
                event.id(),
                event.occurredAt(),
                event.actorId(),
                event.actorName(),
                event.action(),
                event.recordType(),
                event.recordId(),
                event.clientId(),
                event.address(),
                event.outcome(),
                event.detail(),
                event.prevHash(),
                event.hash());
    }
}
