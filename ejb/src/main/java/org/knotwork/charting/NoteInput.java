package org.knotwork.charting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;

/**
 * A session as the therapist sends it: the note's text and, per treated point, measurements and episodes; {@code
 * noPointsReason} says why no point was treated, when none was.
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
        String noPointsReason) {

    public NoteInput {
        points = points == null ? List.of() : List.copyOf(points);
        homeCare = homeCare == null ? HomeCare.NONE : homeCare;
    }

    /** A session whose treated points need no reason for being none. */
    public NoteInput(
            Instant sessionAt,
            String complaint,
            Integer painBefore,
            List<PointInput> points,
            String assessment,
            String plan,
            Integer painAfter,
            Map<String, String> reasons,
            HomeCare homeCare,
            Region complaintRegion) {
        this(
                sessionAt,
                complaint,
                painBefore,
                points,
                assessment,
                plan,
                painAfter,
                reasons,
                homeCare,
                complaintRegion,
                null);
    }

    /** A session without personal home-care advice, its complaint not filed under a region. */
    public NoteInput(
            Instant sessionAt,
            String complaint,
            Integer painBefore,
            List<PointInput> points,
            String assessment,
            String plan,
            Integer painAfter,
            Map<String, String> reasons) {
        this(sessionAt, complaint, painBefore, points, assessment, plan, painAfter, reasons, HomeCare.NONE, null, null);
    }

    /** One treated point, named by id; pressure-pain thresholds already in kPa. */
    public record PointInput(
            UUID triggerPointId,
            Double pptBeforeKpa,
            Double pptAfterKpa,
            PointStatus statusAfter,
            List<Episode> episodes) {

        public PointInput {
            episodes = episodes == null ? List.of() : List.copyOf(episodes);
        }
    }
}
