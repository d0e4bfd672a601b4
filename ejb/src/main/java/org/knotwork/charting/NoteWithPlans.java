package org.knotwork.charting;

import java.util.HashMap;
import java.util.Map;
import org.knotwork.bodymap.TriggerPoint;

/**
 * A note with its episodes, their points and muscles, and per treated point the measurement that holds its home plan
 * (a treated point the therapist set no plan for has none): what a home-care sheet is written from.
 */
public record NoteWithPlans(TreatmentNote note, Map<TriggerPoint, PointMeasurement> plans) {

    public NoteWithPlans {
        plans = Map.copyOf(plans);
    }

    /** The plans of a note whose measurements are loaded: every measured point's, treated or not. */
    public static NoteWithPlans of(TreatmentNote note) {
        Map<TriggerPoint, PointMeasurement> plans = new HashMap<>();
        note.measurements().forEach(m -> plans.put(m.triggerPoint(), m));
        return new NoteWithPlans(note, plans);
    }
}
