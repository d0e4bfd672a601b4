package org.knotwork.charting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.knotwork.bodymap.Region;

/**
 * Everything a therapist records about a session, saved as a whole: subjective (complaint, pain before), objective
 * (the treated points with their measurements and episodes), assessment, plan and pain after. {@code reasons} gives
 * the therapist's reason for a deviation, keyed by {@link Deviation#key()}. {@code homeCare} is what the client is
 * told personally for home and when they come back; it goes on their handout. {@code complaintRegion} files the main
 * complaint under a body region, so outcomes can be compared by complaint; it is optional. {@code clearances} are
 * the medical clearances that cover deviations needing one. {@code noPointsReason} is why no point was treated (an
 * assessment only, a session postponed for a fever), needed to sign a note without one. {@code sessionAt}, when
 * given, moves a draft to another session time.
 */
public record SessionRecord(
        String complaint,
        Integer painBefore,
        List<TreatedPoint> points,
        String assessment,
        String plan,
        Integer painAfter,
        Map<String, String> reasons,
        HomeCare homeCare,
        Region complaintRegion,
        List<MedicalClearance> clearances,
        String noPointsReason,
        Instant sessionAt) {

    public SessionRecord {
        points = points == null ? List.of() : List.copyOf(points);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        homeCare = homeCare == null ? HomeCare.NONE : homeCare;
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
    }
}
