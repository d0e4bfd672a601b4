package org.knotwork.charting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.platform.RuleViolationException;

/**
 * Takes a session's treated points into its note: each on the note's client and listed once, its measurements and
 * home care (a home stretch safe for this client), its episodes numbered in the order they were applied. A refusal
 * names the point it is about.
 */
final class SessionPoints {

    private SessionPoints() {}

    static void take(
            TreatmentNote note,
            Client client,
            List<TreatedPoint> points,
            ProtocolPolicy policy,
            List<PointMeasurement> measurements,
            List<Episode> episodes) {
        Set<UUID> treated = new HashSet<>();
        int seq = 0;
        for (int i = 0; i < points.size(); i++) {
            TreatedPoint point = points.get(i);
            if (!point.point().client().id().equals(client.id())) {
                throw new RuleViolationException("points", "A treated point must be on this client's body map.");
            }
            if (!treated.add(point.point().id())) {
                throw new RuleViolationException("points", "List each treated point once, with all its episodes.");
            }
            try {
                measurements.add(new PointMeasurement(note, point));
                HomeStretchSafety.require(point, policy);
            } catch (RuleViolationException e) {
                throw new RuleViolationException("points[" + i + "]." + e.field(), e.getMessage());
            }
            for (Episode episode : point.episodes()) {
                episode.attach(note, point.point(), ++seq);
                episodes.add(episode);
            }
        }
    }
}
