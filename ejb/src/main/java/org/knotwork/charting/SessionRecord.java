package org.knotwork.charting;

import java.util.List;
import java.util.Map;

/**
 * Everything a therapist records about a session, saved as a whole: subjective (complaint, pain before), objective
 * (the treated points with their measurements and episodes), assessment, plan and pain after. {@code reasons} gives
 * the therapist's reason for a deviation, keyed by {@link Deviation#key()}. {@code homeCare} is what the client is
 * told personally for home and when they come back; it goes on their handout.
 */
public record SessionRecord(
        String complaint,
        Integer painBefore,
        List<TreatedPoint> points,
        String assessment,
        String plan,
        Integer painAfter,
        Map<String, String> reasons,
        HomeCare homeCare) {

    public SessionRecord {
        points = points == null ? List.of() : List.copyOf(points);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        homeCare = homeCare == null ? HomeCare.NONE : homeCare;
    }

    /** A session without personal home-care advice. */
    public SessionRecord(
            String complaint,
            Integer painBefore,
            List<TreatedPoint> points,
            String assessment,
            String plan,
            Integer painAfter,
            Map<String, String> reasons) {
        this(complaint, painBefore, points, assessment, plan, painAfter, reasons, HomeCare.NONE);
    }
}
