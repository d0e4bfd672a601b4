package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.TriggerPoint;

/**
 * What was done to one trigger point in a session: its pressure-pain threshold before and after (kPa) and the
 * episodes in the order they were applied.
 */
public record TreatedPoint(TriggerPoint point, Double pptBeforeKpa, Double pptAfterKpa, List<Episode> episodes) {

    public TreatedPoint {
        episodes = List.copyOf(episodes);
    }
}
