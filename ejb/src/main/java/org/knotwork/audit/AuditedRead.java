package org.knotwork.audit;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A look at data recorded by the statement that reads the data, for a read whose every round trip counts (the owners'
 * dashboard): {@link #around} makes the read also insert the line into {@code audit_pending}, in the same statement and
 * so the same transaction and round trip, with its detail ending in a figure the read computed, and only where the
 * caller's guard holds, so a refused read leaves no line saying it happened. Made by {@link
 * AuditTrail#lookRecordedBy}; once the statement ran and inserted the line, the caller hands it to {@link
 * AuditTrail#sent}, and from then on the line is watched like any other: written again as failed if the transaction
 * rolls back ({@link RolledBackLines}). The read answers whether it inserted the line, in its column {@code audited}.
 */
public final class AuditedRead {

    private final AuditLine line;
    private final String detailEnd;
    private final boolean relaxingCommit;

    AuditedRead(AuditLine line, String detailEnd, boolean relaxingCommit) {
        this.line = line;
        this.detailEnd = detailEnd;
        this.relaxingCommit = relaxingCommit;
    }

    /**
     * The statement {@code read} (one select, its values named {@code :name}) that also inserts the line where {@code
     * guard} (a condition, its values named the same way) holds; the line's detail ends with the read's column {@code
     * figure} and the detail's end given to {@link AuditTrail#lookRecordedBy}. It answers the read's rows and columns,
     * and {@code audited}: whether it inserted the line. The line's own values are named {@code :audit_...}: {@link
     * #values}.
     */
    public String around(String read, String figure, String guard) {
        return "with figures as materialized (\n" + read + "\n),\n"
                + (relaxingCommit ? WaitingAuditLines.RELAX + ",\n" : "")
                + "line as (insert into audit_pending (" + WaitingAuditLines.COLUMNS + ")"
                + " select cast(:audit_occurred_at as timestamptz), cast(:audit_actor_id as uuid),"
                + " cast(:audit_actor_name as varchar), cast(:audit_action as varchar),"
                + " cast(:audit_record_type as varchar), cast(:audit_record_id as varchar),"
                + " cast(:audit_client_id as uuid), cast(:audit_address as varchar), cast(:audit_outcome as varchar),"
                + " left(cast(:audit_detail as varchar) || coalesce(cast(figures." + figure + " as varchar), '?')"
                + " || cast(:audit_detail_end as varchar), "
                + AuditEvent.DETAIL_LENGTH + ")"
                + " from figures" + (relaxingCommit ? " left join relax on true" : "")
                // One line for one look, whatever number of rows the read answers.
                + " where " + guard + " limit 1 returning 1)\n"
                + "select figures.*, exists (select 1 from line) as audited from figures";
    }

    /** The values the line's part of {@link #around} names. */
    public Map<String, Object> values() {
        AuditEvent clipped = line.storable();
        Map<String, Object> values = new HashMap<>();
        values.put("audit_occurred_at", clipped.occurredAt().atOffset(ZoneOffset.UTC));
        values.put("audit_actor_id", clipped.actorId());
        values.put("audit_actor_name", clipped.actorName());
        values.put("audit_action", clipped.action().name());
        values.put("audit_record_type", clipped.recordType());
        values.put("audit_record_id", clipped.recordId());
        values.put("audit_client_id", clipped.clientId());
        values.put("audit_address", clipped.address());
        values.put("audit_outcome", clipped.outcome().name());
        values.put("audit_detail", clipped.detail());
        values.put("audit_detail_end", detailEnd);
        return values;
    }

    AuditLine line() {
        return line;
    }

    boolean relaxingCommit() {
        return relaxingCommit;
    }
}
