package org.knotwork.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * An audit trail that keeps its lines in memory ("action outcome detail"), for tests about what a service or a guard
 * says it did rather than about the trail's table.
 */
public final class RecordedAudit extends AuditTrail {

    public final List<String> lines = new ArrayList<>();

    private final EntityManager changes;

    public RecordedAudit() {
        this(null);
    }

    /**
     * Also writes each change handed to {@link #recordWith}, with its line, by the trail's own statement, on {@code
     * changes}' connection: for tests that read the change back or count round trips.
     */
    public RecordedAudit(EntityManager changes) {
        this.changes = changes;
    }

    @Override
    public void recordWith(
            AuditedChange change,
            AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            String detail) {
        record(action, recordType, recordId, clientId, AuditOutcome.SUCCESS, detail);
        if (changes == null) {
            throw new IllegalStateException("This recorded audit has no persistence context to write changes with.");
        }
        AuditLine line = new AuditLine(
                Instant.now(),
                new AuditOrigin(),
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                clientId,
                AuditOutcome.SUCCESS,
                detail);
        changes.unwrap(Session.class).doWork(connection -> WaitingAuditLines.insertWith(connection, change, line));
    }

    @Override
    public void record(
            AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        lines.add(action + " " + outcome + " " + detail);
    }
}
