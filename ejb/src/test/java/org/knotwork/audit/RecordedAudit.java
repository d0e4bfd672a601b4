package org.knotwork.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An audit trail that keeps its lines in memory ("action outcome detail"), for tests about what a service or a guard
 * says it did rather than about the trail's table.
 */
public final class RecordedAudit extends AuditTrail {

    public final List<String> lines = new ArrayList<>();

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
