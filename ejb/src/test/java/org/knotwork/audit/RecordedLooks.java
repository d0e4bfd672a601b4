package org.knotwork.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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

    /**
     * Runs {@code read} on {@code connection} as {@link AuditTrail#recordReading} does, a therapist's look at {@code
     * clientId}'s chart recorded by the same statement; its rows.
     */
    public static <T> List<T> chartRead(Connection connection, UUID clientId, RecordedRead<T> read)
            throws SQLException {
        AuditOrigin therapist = new AuditOrigin();
        therapist.setActorId(UUID.randomUUID());
        therapist.setActorName("therapist");
        therapist.setAddress("192.0.2.30");
        AuditLine line = new AuditLine(
                Instant.now(),
                therapist,
                AuditAction.READ,
                "CHART",
                clientId.toString(),
                clientId,
                AuditOutcome.SUCCESS,
                null);
        return LineWithRead.insert(connection, line, true, read).rows();
    }
}
