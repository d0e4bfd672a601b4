package org.knotwork.charting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.BodyArea;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Manner;
import org.knotwork.safety.Place;
import org.knotwork.safety.SafetyRule;
import org.knotwork.safety.SafetyRules;
import org.knotwork.safety.Technique;

/**
 * Reads a session against the protocol and the client's contraindications: each episode's own dose and each point's
 * dose over the session, the order of the stages on each point (compression, then stretch, then heat, and nothing
 * after the heat), and the safety rules for what was done where. A contraindication's deviation is raised once per
 * point, on the first episode that shows it; one of the session as a whole (a fever) belongs to no point.
 */
final class ProtocolReview {

    /** A deviation found; {@code point} and {@code episode} are null for one of the whole session. */
    record Found(TriggerPoint point, Episode episode, DeviationType type, String detail) {

        int seq() {
            return episode == null ? 0 : episode.seq();
        }
    }

    private ProtocolReview() {}

    /** The points with their episodes already numbered in the order they were applied. */
    static List<Found> of(List<TreatedPoint> points, ProtocolPolicy policy) {
        List<Found> found = new ArrayList<>();
        List<SafetyRule> rules =
                SafetyRules.forSession(policy.contraindications()).toList();
        boolean treated = points.stream().anyMatch(p -> !p.episodes().isEmpty());
        rules.stream()
                .filter(r -> treated && r.appliesTo(Technique.SESSION, Set.of(Manner.ANY), null))
                .map(r -> new Found(null, null, r.deviation(), "treatment was given; " + record(r, policy)))
                .distinct()
                .forEach(found::add);
        for (TreatedPoint point : points) {
            for (Episode episode : point.episodes()) {
                episode.deviations(policy)
                        .forEach(f -> found.add(new Found(point.point(), episode, f.type(), f.detail())));
            }
            found.addAll(StageOrder.of(point));
            found.addAll(sessionDose(point));
            found.addAll(contraindicated(point, rules, policy));
        }
        found.sort(Comparator.comparingInt(Found::seq));
        return found;
    }

    /**
     * The dose one point took in the whole session, added up over its episodes: episodes each within bounds can,
     * repeated, give the point more than the protocol allows (three rounds of 5 compressions; two 8-minute heat
     * packs), and the tissue counts the total. Raised once per point and kind, on the episode that takes the total
     * over the same bound an episode has, unless that episode is over it on its own and already flagged.
     */
    private static List<Found> sessionDose(TreatedPoint point) {
        List<Found> found = new ArrayList<>();
        overInAll(
                        point,
                        CompressionEpisode.class,
                        CompressionEpisode::repetitions,
                        Dosage.COMPRESSION_REPETITIONS_MAX,
                        DeviationType.COMPRESSION_DOSE_TOO_HIGH,
                        "repetitions of compression")
                .ifPresent(found::add);
        overInAll(
                        point,
                        HeatEpisode.class,
                        HeatEpisode::minutes,
                        Dosage.HEAT_MINUTES.max(),
                        DeviationType.HEAT_OUT_OF_RANGE,
                        "minutes of heat")
                .ifPresent(found::add);
        return found;
    }

    private static <E extends Episode> Optional<Found> overInAll(
            TreatedPoint point, Class<E> kind, ToIntFunction<E> amount, int max, DeviationType type, String what) {
        List<E> episodes = point.episodes().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .toList();
        int total = episodes.stream().mapToInt(amount).sum();
        int sum = 0;
        for (E episode : episodes) {
            sum += amount.applyAsInt(episode);
            if (total > max && sum > max) {
                return amount.applyAsInt(episode) > max
                        ? Optional.empty()
                        : Optional.of(new Found(
                                point.point(),
                                episode,
                                type,
                                total + " " + what + " on this point in the session, over " + episodes.size()
                                        + " episodes (more than " + max + " in all)"));
            }
        }
        return Optional.empty();
    }

    private static List<Found> contraindicated(TreatedPoint point, List<SafetyRule> rules, ProtocolPolicy policy) {
        Place place = new Place(point.point().muscle(), policy.sites(), point.siteAvoided());
        List<Found> found = new ArrayList<>();
        Set<DeviationType> raised = new HashSet<>();
        for (Episode episode : point.episodes()) {
            for (SafetyRule rule : rules) {
                String what = shown(rule, episode, point.position(), place);
                if (what != null && raised.add(rule.deviation())) {
                    found.add(new Found(point.point(), episode, rule.deviation(), what + "; " + record(rule, policy)));
                }
            }
        }
        return found;
    }

    /** What the episode (or the client's position during it) shows that the rule is about; null if nothing. */
    private static String shown(SafetyRule rule, Episode episode, BodyPosition position, Place place) {
        if (rule.appliesTo(episode.technique(), episode.manners(), place)) {
            return episode.described();
        }
        if (position != null) {
            Set<Manner> manners = position.isFaceDown() ? Set.of(Manner.ANY, Manner.FACE_DOWN) : Set.of(Manner.ANY);
            if (rule.appliesTo(Technique.POSITION, manners, place)) {
                return "the client lay " + position.words();
            }
        }
        return null;
    }

    /** The client's record as the rule reads it, e.g. "the client's record: Recent trauma, at the shoulder". */
    private static String record(SafetyRule rule, ProtocolPolicy policy) {
        Contraindication condition = rule.contraindication();
        String text = "the client's record: " + condition.label();
        if (rule.area() != BodyArea.AT_SITE) {
            return text;
        }
        Set<Region> sites = policy.sites().getOrDefault(condition, Set.of());
        return sites.isEmpty()
                ? text + ", no site recorded, so every point counts until one is"
                : text + ", at the "
                        + sites.stream().sorted().map(Region::words).collect(Collectors.joining(", "));
    }
}
