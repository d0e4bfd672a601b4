package org.knotwork.charting;

import java.util.List;
import java.util.Map;
import org.knotwork.bodymap.Region;

/**
 * Everything a therapist records about a session, saved as a whole: subjective (complaint, pain before), objective
 * (the treated points with their measurements and episodes), assessment, plan and pain after. {@code reasons} gives
 * the therapist's reason for a deviation, keyed by {@link Deviation#key()}. {@code complaintRegion} files the main
 * complaint under a body region, so outcomes can be compared by complaint; it is optional.
 */
public record SessionRecord(
        String complaint,
        Integer painBefore,
        List<TreatedPoint> points,
        String assessment,
        String plan,
        Integer painAfter,
        Map<String, String> reasons,
        Region complaintRegion) {

    public SessionRecord {
        points = points == null ? List.of() : List.copyOf(points);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }

    /** A session whose complaint is not filed under a region. */
    public SessionRecord(
            String complaint,
            Integer painBefore,
            List<TreatedPoint> points,
            String assessment,
            String plan,
            Integer painAfter,
            Map<String, String> reasons) {
        this(complaint, painBefore, points, assessment, plan, painAfter, reasons, null);
    }
}
