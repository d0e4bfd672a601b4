package org.knotwork.charting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;

/**
 * A session as the therapist sends it: the note's text, the medical clearances and, per treated point, measurements,
 * episodes and home care; {@code noPointsReason} says why no point was treated, when none was.
 */
public record NoteInput(
        Instant sessionAt,
        String complaint,
        Integer painBefore,
        List<PointInput> points,
        String assessment,
        String plan,
        Integer painAfter,
        Map<String, String> reasons,
        HomeCare homeCare,
        Region complaintRegion,
        List<MedicalClearance> clearances,
        String noPointsReason) {

    public NoteInput {
        points = points == null ? List.of() : List.copyOf(points);
        homeCare = homeCare == null ? HomeCare.NONE : homeCare;
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
    }

    /**
     * One treated point, named by id; pressure-pain thresholds already in kPa. {@code homeStretchCode} names the
     * catalogue stretch chosen for the sheet; the service finds it and puts it into {@code home}.
     */
    public record PointInput(
            UUID triggerPointId,
            Double pptBeforeKpa,
            Double pptAfterKpa,
            PointStatus statusAfter,
            List<Episode> episodes,
            BodyPosition position,
            boolean siteAvoided,
            HomePlan home,
            String homeStretchCode) {

        public PointInput {
            episodes = episodes == null ? List.of() : List.copyOf(episodes);
            home = home == null ? HomePlan.USUAL : home;
        }
    }
}
