package org.knotwork.charting;

import java.util.List;
import java.util.Map;

/**
 * Everything a therapist records about a session, saved as a whole: subjective (complaint, pain before), objective
 * (the treated points with their measurements and episodes), assessment, plan and pain after. {@code reasons} gives
 * the therapist's reason for a deviation, keyed by {@link Deviation#key()}.
 */
public record SessionRecord(
        String complaint,
        Integer painBefore,
        List<TreatedPoint> points,
        String assessment,
        String plan,
        Integer painAfter,
        Map<String, String> reasons) {

    public SessionRecord {
        points = points == null ? List.of() : List.copyOf(points);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }
}
