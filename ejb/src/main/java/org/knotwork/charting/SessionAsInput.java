package org.knotwork.charting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.safety.HomeDose;

/**
 * A note's session as input again, the way a save sends it: a save that leaves a field out starts from this and
 * changes only what it names. Episodes are fresh copies (the note's own ones are replaced when it is saved).
 */
final class SessionAsInput {

    private SessionAsInput() {}

    static NoteInput of(TreatmentNote note) {
        List<Episode> episodes = note.episodes();
        List<NoteInput.PointInput> points = note.measurements().stream()
                .sorted(Comparator.comparingInt(m -> firstSeq(episodes, m.triggerPoint())))
                .map(m -> new NoteInput.PointInput(
                        m.triggerPoint().id(),
                        m.pptBeforeKpa(),
                        m.pptAfterKpa(),
                        m.statusAfter(),
                        episodes.stream()
                                .filter(e -> e.triggerPoint()
                                        .id()
                                        .equals(m.triggerPoint().id()))
                                .map(Episode::unattachedCopy)
                                .toList(),
                        m.position(),
                        m.siteAvoided(),
                        homePlan(m),
                        m.homeStretchCode()))
                .toList();
        Map<String, String> reasons = new LinkedHashMap<>();
        note.deviations().stream().filter(Deviation::isExplained).forEach(d -> reasons.put(d.key(), d.reason()));
        return new NoteInput(
                note.sessionAt(),
                note.complaint(),
                note.painBefore(),
                points,
                note.assessment(),
                note.plan(),
                note.painAfter(),
                reasons,
                note.homeCare(),
                note.complaintRegion(),
                note.clearances(),
                note.noPointsReason());
    }

    /** The point's home care as the therapist set it (the chosen stretch goes by its code, looked up again). */
    private static HomePlan homePlan(PointMeasurement m) {
        HomeDose pressure = m.homePressureAsSet();
        HomeDose stretch = m.homeStretchAsSet();
        return new HomePlan(
                pressure == null ? null : pressure.holdSeconds(),
                pressure == null ? null : pressure.repetitions(),
                stretch == null ? null : stretch.holdSeconds(),
                stretch == null ? null : stretch.repetitions(),
                null,
                m.ownStretch());
    }

    private static int firstSeq(List<Episode> episodes, TriggerPoint point) {
        return episodes.stream()
                .filter(e -> e.triggerPoint().id().equals(point.id()))
                .mapToInt(Episode::seq)
                .min()
                .orElse(Integer.MAX_VALUE);
    }
}
