package org.knotwork.charting;

import java.time.Instant;
import org.knotwork.platform.RuleViolationException;

/** The checks a note's free text and pain scores pass before the note takes them, each naming its field. */
final class NoteFields {

    private NoteFields() {}

    /** When the session took place: a note is written during or after it, so not more than a day ahead. */
    static Instant sessionTime(Instant sessionAt, Instant now) {
        if (sessionAt == null || sessionAt.isAfter(now.plusSeconds(24 * 3600))) {
            throw new RuleViolationException("sessionAt", "Give the session's date and time (not in the future).");
        }
        return sessionAt;
    }

    static Integer painScore(String field, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw new RuleViolationException(field, "Pain is rated from 0 (none) to 10 (worst imaginable).");
        }
        return value;
    }

    /**
     * A note is signed only when it is complete: the pain the client came in with, and at least one treated point or
     * the therapist's reason why none was (and not both, which would contradict each other).
     */
    static void requireComplete(Integer painBefore, int treatedPoints, String noPointsReason) {
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

    /** The text without surrounding blanks, or none for an empty one. */
    static String text(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new RuleViolationException(field, label + " is at most " + max + " characters.");
        }
        return value.strip();
    }
}
