package org.knotwork.charting;

import java.util.List;
import org.knotwork.platform.RuleViolationException;

/**
 * What a draft must hold before its author signs it, since a signed note never changes again: a complete record of
 * the session, and a reason (or the medical clearance it needs) for every protocol deviation.
 */
final class ReadyToSign {

    private ReadyToSign() {}

    static void require(
            Integer painBefore,
            List<PointMeasurement> points,
            List<Episode> episodes,
            String noPointsReason,
            List<Deviation> deviations,
            List<MedicalClearance> clearances) {
        requireComplete(painBefore, points.size(), noPointsReason);
        requireRecorded(points, episodes);
        requireDiscomfort(episodes);
        requireExplained(deviations, clearances);
    }

    /**
     * The client's discomfort during each compression: a draft may wait for it (it is asked afresh at each session,
     * never copied), a signed note may not, since it is what shows whether the compression stayed pain free.
     */
    private static void requireDiscomfort(List<Episode> episodes) {
        for (Episode episode : episodes) {
            if (episode instanceof CompressionEpisode compression && compression.discomfort() == null) {
                throw new RuleViolationException(
                        "points",
                        "Compression on the "
                                + episode.triggerPoint().muscle().name().toLowerCase() + " ("
                                + episode.triggerPoint().side().words() + "): "
                                + CompressionEpisode.DISCOMFORT_BEFORE_SIGNING);
            }
        }
    }

    /**
     * Something recorded for each point on the note: what was done to it (its episodes), or, for a point assessed and
     * not treated, what was found (its pressure-pain threshold, or the status it was left in). A point with none of
     * these says nothing, yet signing would put it on the permanent record as seen at this session.
     */
    private static void requireRecorded(List<PointMeasurement> points, List<Episode> episodes) {
        for (PointMeasurement point : points) {
            boolean treated = episodes.stream()
                    .anyMatch(e ->
                            e.triggerPoint().id().equals(point.triggerPoint().id()));
            boolean assessed =
                    point.pptBeforeKpa() != null || point.pptAfterKpa() != null || point.statusAfter() != null;
            if (!treated && !assessed) {
                // Named by its muscle and side, not by an index: a stored note's points have no order of their own.
                throw new RuleViolationException(
                        "points",
                        "Nothing is recorded for the point on the "
                                + point.triggerPoint().muscle().name().toLowerCase() + " ("
                                + point.triggerPoint().side().words()
                                + "): record what was done to it (compression, stretch, heat) or what was found (its"
                                + " pressure-pain threshold or its status after the session), or take it off the note,"
                                + " before signing.");
            }
        }
    }

    /**
     * The pain the client came in with, and at least one treated point or the therapist's reason why none was (and
     * not both, which would contradict each other).
     */
    private static void requireComplete(Integer painBefore, int treatedPoints, String noPointsReason) {
        if (painBefore == null) {
            throw new RuleViolationException(
                    "painBefore", "Record the pain the client came in with (0 to 10) before signing.");
        }
        if (treatedPoints == 0 && noPointsReason == null) {
            throw new RuleViolationException(
                    "points", "Record the points treated, or say why no point was treated, before signing.");
        }
        if (treatedPoints > 0 && noPointsReason != null) {
            throw new RuleViolationException(
                    "noPointsReason", "Points were treated: remove the reason for treating none before signing.");
        }
    }

    private static void requireExplained(List<Deviation> deviations, List<MedicalClearance> clearances) {
        long unexplained =
                deviations.stream().filter(d -> !d.isSettled(clearances)).count();
        if (unexplained > 0) {
            throw new RuleViolationException(
                    "reasons",
                    "Give a reason for each protocol deviation (or record the medical clearance it needs) before"
                            + " signing (" + unexplained + " without one).");
        }
    }
}
