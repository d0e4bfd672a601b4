package org.knotwork.charting;

import java.time.Instant;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * The checks a note's session time, free text, pain scores and next appointment pass before the note takes them, each
 * naming its field.
 */
final class NoteFields {

    private NoteFields() {}

    /**
     * When the session took place: a note is written during or after it, so not more than a day ahead; and not before
     * the client was born ({@code earliest}, {@link org.knotwork.client.Client#earliestEncounter()}).
     */
    static Instant sessionTime(Instant sessionAt, Instant now, Instant earliest) {
        if (sessionAt == null || sessionAt.isAfter(now.plusSeconds(24 * 3600))) {
            throw new RuleViolationException("sessionAt", "Give the session's date and time (not in the future).");
        }
        if (sessionAt.isBefore(earliest)) {
            throw new RuleViolationException(
                    "sessionAt", "The session's date is before the client's date of birth: check the year.");
        }
        return sessionAt;
    }

    static Integer painScore(String field, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw new RuleViolationException(field, "Pain is rated from 0 (none) to 10 (worst imaginable).");
        }
        return value;
    }

    /** The client's next visit, when one is booked: it follows this session. */
    static Instant nextAppointment(Instant nextAppointment, Instant sessionAt) {
        if (nextAppointment != null && !nextAppointment.isAfter(sessionAt)) {
            throw new RuleViolationException("homeCare.nextAppointment", "The next appointment is after this session.");
        }
        return nextAppointment;
    }

    /** The text without surrounding blanks, or none for one with nothing visible in it ({@link VisibleText}). */
    static String text(String field, String label, String value, int max) {
        if (!VisibleText.present(value)) {
            return null;
        }
        if (value.length() > max) {
            throw new RuleViolationException(field, label + " is at most " + max + " characters.");
        }
        return value.strip();
    }
}
