package org.knotwork.charting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knotwork.safety.DeviationType;

/**
 * The order of the stages on one point: compression, then stretch, then heat. Every other order is a deviation, and
 * so is anything but more heat after the heat. Repeating compression and stretch before the heat is the protocol done
 * twice, not a departure from it; the heat must follow a stretch that follows the last compression.
 */
final class StageOrder {

    private StageOrder() {}

    static List<ProtocolReview.Found> of(TreatedPoint point) {
        List<Episode> episodes = point.episodes();
        List<ProtocolReview.Found> found = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            Episode episode = episodes.get(i);
            List<Episode> before = episodes.subList(0, i);
            List<Episode> after = episodes.subList(i + 1, episodes.size());
            if (episode instanceof CompressionEpisode && any(before, HeatEpisode.class)) {
                found.add(
                        found(point, episode, DeviationType.COMPRESSION_AFTER_HEAT, "compression came after the heat"));
            } else if (episode instanceof StretchEpisode
                    && !any(before, CompressionEpisode.class)
                    && any(after, CompressionEpisode.class)) {
                found.add(found(
                        point,
                        episode,
                        DeviationType.STRETCH_BEFORE_COMPRESSION,
                        "the stretch came before compression"));
            } else if (episode instanceof HeatEpisode) {
                heat(point, episode, before, after).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<ProtocolReview.Found> heat(
            TreatedPoint point, Episode heat, List<Episode> before, List<Episode> after) {
        if (any(after, StretchEpisode.class)) {
            return Optional.of(found(point, heat, DeviationType.HEAT_BEFORE_STRETCH, "heat came before the stretch"));
        }
        if (!any(before, StretchEpisode.class)) {
            return Optional.of(found(point, heat, DeviationType.HEAT_WITHOUT_STRETCH, "no stretch on this point"));
        }
        Episode lastStage = before.stream()
                .filter(e -> !(e instanceof HeatEpisode))
                .reduce((first, second) -> second)
                .orElseThrow();
        if (lastStage instanceof CompressionEpisode) {
            return Optional.of(found(
                    point,
                    heat,
                    DeviationType.HEAT_WITHOUT_STRETCH,
                    "the compression before it was not followed by a stretch"));
        }
        return Optional.empty();
    }

    private static boolean any(List<Episode> episodes, Class<? extends Episode> kind) {
        return episodes.stream().anyMatch(kind::isInstance);
    }

    private static ProtocolReview.Found found(TreatedPoint point, Episode episode, DeviationType type, String detail) {
        return new ProtocolReview.Found(point.point(), episode, type, detail);
    }
}
