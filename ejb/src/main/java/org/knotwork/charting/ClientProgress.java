package org.knotwork.charting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.practice.PressureUnit;

/**
 * How a client has done over their signed sessions: pain (0–10) before and after each, the pressure-pain threshold
 * of each treated point, and every status change of their trigger points. {@code notesHidden} says the practice keeps
 * this client's notes to the therapists who treat them, so pain and thresholds are left out.
 */
public record ClientProgress(
        UUID clientId,
        List<PainLine> pain,
        List<PptLine> thresholds,
        List<StatusLine> statusChanges,
        boolean notesHidden,
        PressureUnit pressureUnit) {

    /** At most this many of the most recent signed sessions are drawn: two years of weekly sessions. */
    public static final int SESSIONS = 104;

    /** A change of 2 points on the 0–10 pain scale is the smallest one that matters to clients. */
    public static final int CLINICALLY_IMPORTANT_CHANGE = 2;

    public ClientProgress {
        pain = List.copyOf(pain);
        thresholds = List.copyOf(thresholds);
        statusChanges = List.copyOf(statusChanges);
    }

    public record PainLine(UUID noteId, Instant sessionAt, Integer painBefore, Integer painAfter) {}

    public record PptLine(
            UUID triggerPointId, String muscleName, Side side, Instant sessionAt, Double beforeKpa, Double afterKpa) {}

    public record StatusLine(
            UUID triggerPointId, String muscleName, Side side, PointStatus from, PointStatus to, Instant at) {

        /** A resolved point that came back. */
        public boolean recurrence() {
            return from == PointStatus.RESOLVED;
        }
    }

    /** The pain the client came in with at the first session drawn, the mark the later sessions are compared to. */
    public Integer baselinePain() {
        return pain.stream()
                .map(PainLine::painBefore)
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
    }

    /**
     * How much lower the client's pain at the start of this session is than at the first: positive is better. None
     * when either is unknown.
     */
    public Integer changeFromBaseline(PainLine session) {
        Integer baseline = baselinePain();
        return baseline == null || session.painBefore() == null ? null : baseline - session.painBefore();
    }

    /** Whether the pain has changed, for better or worse, by at least the clinically important 2 points. */
    public boolean importantChange(PainLine session) {
        Integer change = changeFromBaseline(session);
        return change != null && Math.abs(change) >= CLINICALLY_IMPORTANT_CHANGE;
    }
}
