package org.knotwork.audit;

import java.time.Instant;
import java.util.UUID;

/** Looks to be recorded by their reads, as {@link AuditTrail#lookRecordedBy} makes them, for tests outside the audit. */
public final class RecordedLooks {

    private RecordedLooks() {}

    /** An owner's look at the outcomes, its line's detail {@code detail}, the figure, then {@code detailEnd}. */
    public static AuditedRead outcomesViewed(String detail, String detailEnd) {
        AuditOrigin owner = new AuditOrigin();
        owner.setActorId(UUID.randomUUID());
        owner.setActorName("owner");
        owner.setAddress("192.0.2.20");
        AuditLine line = new AuditLine(
                Instant.now(),
                owner,
                AuditAction.OUTCOMES_VIEWED,
                "OUTCOMES",
                null,
                null,
                AuditOutcome.SUCCESS,
                detail);
        return new AuditedRead(line, detailEnd, false);
    }
}
