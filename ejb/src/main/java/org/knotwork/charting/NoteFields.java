package org.knotwork.charting;

import org.knotwork.platform.RuleViolationException;

/** The checks a note's free text and pain scores pass before the note takes them, each naming its field. */
final class NoteFields {

    private NoteFields() {}

    static Integer painScore(String field, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw new RuleViolationException(field, "Pain is rated from 0 (none) to 10 (worst imaginable).");
        }
        return value;
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
