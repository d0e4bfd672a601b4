package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knotwork.bodymap.Stretch;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.platform.RuleViolationException;

/**
 * What a caller sent, as a session of this client (the way back from {@link SessionAsInput}): each treated point's id
 * resolved to the point on the client's body map, each home stretch's code to the catalogue's stretch, one query
 * each. An id or code that resolves to nothing is refused, naming its field.
 */
final class InputAsSession {

    private InputAsSession() {}

    static SessionRecord of(EntityManager em, Client client, NoteInput input) {
        List<UUID> ids = input.points().stream()
                .map(NoteInput.PointInput::triggerPointId)
                .toList();
        if (ids.contains(null)) {
            throw new RuleViolationException("points", "Name each treated point by its id.");
        }
        Map<UUID, TriggerPoint> points = new ChartQueries(em)
                .clientPoints(client.id(), ids).stream()
                        .collect(Collectors.toMap(TriggerPoint::id, Function.identity()));
        Map<String, Stretch> stretches = stretches(em, input);
        List<TreatedPoint> treated = new ArrayList<>();
        for (int i = 0; i < input.points().size(); i++) {
            NoteInput.PointInput p = input.points().get(i);
            TriggerPoint point = points.get(p.triggerPointId());
            if (point == null) {
                throw new RuleViolationException(
                        "points", "Point " + p.triggerPointId() + " is not on this client's body map.");
            }
            point.requireTreatable();
            HomePlan home = p.home();
            if (p.homeStretchCode() != null) {
                Stretch chosen = stretches.get(p.homeStretchCode());
                if (chosen == null) {
                    throw new RuleViolationException(
                            "points[" + i + "].homeCare.stretchCode", "Choose a stretch from the muscle's catalogue.");
                }
                home = home.withStretch(chosen);
            }
            treated.add(new TreatedPoint(
                    point,
                    p.pptBeforeKpa(),
                    p.pptAfterKpa(),
                    p.statusAfter(),
                    p.episodes(),
                    p.position(),
                    p.siteAvoided(),
                    home));
        }
        return new SessionRecord(
                input.complaint(),
                input.painBefore(),
                treated,
                input.assessment(),
                input.plan(),
                input.painAfter(),
                input.reasons(),
                input.homeCare(),
                input.complaintRegion(),
                input.clearances(),
                input.noPointsReason(),
                input.sessionAt());
    }

    /** The catalogue stretches the session names for home care, in one query. */
    private static Map<String, Stretch> stretches(EntityManager em, NoteInput input) {
        Set<String> codes = input.points().stream()
                .map(NoteInput.PointInput::homeStretchCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Stretch s where array_contains(:codes, s.code)", Stretch.class)
                .setParameter("codes", codes.toArray(String[]::new))
                .getResultStream()
                .collect(Collectors.toMap(Stretch::code, Function.identity()));
    }
}
