package org.knotwork.charting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a session's episodes against the protocol: each episode's own rules (painful compression, forced stretch,
 * heat dosage and safety) and the order of the stages on each point (compression, then stretch, then heat).
 */
final class ProtocolReview {

    record Found(Episode episode, DeviationType type, String detail) {}

    private ProtocolReview() {}

    static List<Found> of(List<Episode> episodes, ProtocolPolicy policy) {
        List<Found> found = new ArrayList<>();
        for (Episode episode : episodes) {
            episode.deviations(policy).forEach(f -> found.add(new Found(episode, f.type(), f.detail())));
        }
        Map<UUID, List<Episode>> byPoint = episodes.stream()
                .collect(Collectors.groupingBy(e -> e.triggerPoint().id(), Collectors.toList()));
        for (List<Episode> onePoint : byPoint.values()) {
            boolean stretched = false;
            boolean anyStretch = onePoint.stream().anyMatch(StretchEpisode.class::isInstance);
            for (Episode episode : onePoint) {
                if (episode instanceof StretchEpisode) {
                    stretched = true;
                } else if (episode instanceof HeatEpisode && !stretched) {
                    found.add(
                            anyStretch
                                    ? new Found(
                                            episode, DeviationType.HEAT_BEFORE_STRETCH, "heat came before the stretch")
                                    : new Found(
                                            episode, DeviationType.HEAT_WITHOUT_STRETCH, "no stretch on this point"));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.episode().seq(), b.episode().seq()));
        return found;
    }
}
