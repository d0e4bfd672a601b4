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
            int treatedPoints,
            String noPointsReason,
            List<Deviation> deviations,
            List<MedicalClearance> clearances) {
        requireComplete(painBefore, treatedPoints, noPointsReason);
        requireExplained(deviations, clearances);
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
