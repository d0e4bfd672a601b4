package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;

/**
 * What was done to one trigger point in a session: its pressure-pain threshold before and after (kPa), the episodes
 * in the order they were applied, and the point's status after the session (none if unchanged), which the chart
 * takes on when the note is signed.
 */
public record TreatedPoint(
        TriggerPoint point, Double pptBeforeKpa, Double pptAfterKpa, PointStatus statusAfter, List<Episode> episodes) {

    public TreatedPoint {
        episodes = List.copyOf(episodes);
    }
}
