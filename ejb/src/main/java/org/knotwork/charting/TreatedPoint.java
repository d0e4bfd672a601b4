package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;

/**
 * What was done to one trigger point in a session: its pressure-pain threshold before and after (kPa), the episodes
 * in the order they were applied, and the point's status after the session (none if unchanged), which the chart
 * takes on when the note is signed. {@code position} is how the client lay while it was treated (optional);
 * {@code siteAvoided} records that the site of an injury, lesion or cancer was checked and not treated over;
 * {@code home} is what the client does for it at home.
 */
public record TreatedPoint(
        TriggerPoint point,
        Double pptBeforeKpa,
        Double pptAfterKpa,
        PointStatus statusAfter,
        List<Episode> episodes,
        BodyPosition position,
        boolean siteAvoided,
        HomePlan home) {

    public TreatedPoint {
        episodes = List.copyOf(episodes);
        home = home == null ? HomePlan.USUAL : home;
    }

    /** A point treated without a recorded position or home plan of its own. */
    public TreatedPoint(
            TriggerPoint point,
            Double pptBeforeKpa,
            Double pptAfterKpa,
            PointStatus statusAfter,
            List<Episode> episodes) {
        this(point, pptBeforeKpa, pptAfterKpa, statusAfter, episodes, null, false, HomePlan.USUAL);
    }
}
