package org.knotwork.charting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a draft holds, as values: its fields by the names the API gives them, each treated point's measurements, home
 * care and episodes, all episodes in the order applied, and the deviations with the therapist's reasons. Two equal
 * contents are the same draft, whatever rows and times hold them. {@link #changesTo} names the parts that differ for
 * the audit trail, never the words: the line says what happened without copying health information.
 */
record NoteContent(
        Map<String, Object> fields,
        Map<UUID, List<Object>> points,
        List<List<Object>> episodes,
        List<List<Object>> deviations,
        Map<String, String> reasons) {

    static NoteContent of(TreatmentNote note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sessionAt", note.sessionAt());
        fields.put("complaint", note.complaint());
        fields.put("complaintRegion", note.complaintRegion());
        fields.put("painBefore", note.painBefore());
        fields.put("assessment", note.assessment());
        fields.put("plan", note.plan());
        fields.put("painAfter", note.painAfter());
        fields.put("homeCare.note", note.homeCare().note());
        fields.put("homeCare.nextAppointment", note.homeCare().nextAppointment());
        fields.put("noPointsReason", note.noPointsReason());
        fields.put(
                "clearances",
                note.clearances().stream()
                        .map(c -> Arrays.asList(c.contraindication(), c.clearedBy(), c.clearedOn()))
                        .toList());
        List<List<Object>> episodes = note.episodes().stream()
                .map(e -> List.of(e.triggerPoint().id(), e.recorded()))
                .toList();
        Map<UUID, List<Object>> points = new LinkedHashMap<>();
        for (PointMeasurement m : note.measurements()) {
            UUID id = m.triggerPoint().id();
            points.put(
                    id,
                    List.of(
                            m.recorded(),
                            episodes.stream().filter(e -> e.get(0).equals(id)).toList()));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        note.deviations().stream().filter(Deviation::isExplained).forEach(d -> reasons.put(d.key(), d.reason()));
        return new NoteContent(
                fields,
                points,
                episodes,
                note.deviations().stream()
                        .map(d -> List.<Object>of(d.key(), d.explanation()))
                        .toList(),
                reasons);
    }

    /**
     * What changed from this to {@code after}, for the audit trail: the fields by name, the points added, removed and
     * changed, the episodes' and deviations' counts, whether the reasons changed; "nothing changed" when nothing did.
     */
    String changesTo(NoteContent after) {
        List<String> changed = new ArrayList<>();
        List<String> names = fields.keySet().stream()
                .filter(name -> !Objects.equals(fields.get(name), after.fields.get(name)))
                .toList();
        if (!names.isEmpty()) {
            changed.add("fields: " + String.join(", ", names));
        }
        List<String> pointChanges = new ArrayList<>();
        count(pointChanges, "added", after.points.keySet().stream().filter(id -> !points.containsKey(id)));
        count(pointChanges, "removed", points.keySet().stream().filter(id -> !after.points.containsKey(id)));
        count(
                pointChanges,
                "changed",
                points.keySet().stream()
                        .filter(id ->
                                after.points.containsKey(id) && !points.get(id).equals(after.points.get(id))));
        if (!pointChanges.isEmpty()) {
            changed.add("points: " + String.join(", ", pointChanges));
        }
        counted(changed, "episodes", episodes, after.episodes);
        counted(changed, "deviations", deviations, after.deviations);
        if (!reasons.equals(after.reasons)) {
            changed.add("reasons for deviations changed");
        }
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    private static void count(List<String> changes, String what, java.util.stream.Stream<UUID> ids) {
        long count = ids.count();
        if (count > 0) {
            changes.add(count + " " + what);
        }
    }

    private static void counted(List<String> changed, String what, List<?> before, List<?> after) {
        if (before.size() != after.size()) {
            changed.add(what + " " + before.size() + " → " + after.size());
        } else if (!before.equals(after)) {
            changed.add(what + " changed");
        }
    }
}
