package org.knotwork.charting;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.TriggerPoint;

/**
 * A note with its episodes, their points and muscles, and per treated point the measurement that holds its home plan
 * (a treated point the therapist set no plan for has none): what a home-care sheet is written from.
 */
public record NoteWithPlans(TreatmentNote note, Map<TriggerPoint, PointMeasurement> plans) {

    public NoteWithPlans {
        plans = Map.copyOf(plans);
    }

    /**
     * The plans of the treated points, from the note's measurements by point id. Keyed by the episodes' own points: a
     * measurement's point may be a proxy of the same row. A measured point the note did not treat has no plan here.
     */
    public static NoteWithPlans treated(TreatmentNote note, Map<UUID, PointMeasurement> measuredByPoint) {
        return new NoteWithPlans(
                note,
                note.episodes().stream()
                        .map(Episode::triggerPoint)
                        .distinct()
                        .filter(point -> measuredByPoint.containsKey(point.id()))
                        .collect(Collectors.toUnmodifiableMap(
                                point -> point, point -> measuredByPoint.get(point.id()))));
    }
}
