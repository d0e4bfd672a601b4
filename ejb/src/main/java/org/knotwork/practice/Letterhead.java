package org.knotwork.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The top of the clients' handouts: the practice's name and address lines (optional), and the phone number a client
 * calls with a worry, which every handout prints in its safety box.
 */
public record Letterhead(String practiceName, String practiceContact, String contactPhone) {

    /** Longest value an audit line quotes; the address lines alone may be 300 characters. */
    private static final int QUOTED = 60;

    /** What changed from this letterhead to {@code after}, old → new, for the audit trail. */
    public String changesTo(Letterhead after) {
        List<String> changed = new ArrayList<>();
        change(changed, "name", practiceName, after.practiceName);
        change(changed, "contact lines", practiceContact, after.practiceContact);
        change(changed, "phone", contactPhone, after.contactPhone);
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    private static void change(List<String> changed, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(what + " " + quoted(before) + " → " + quoted(after));
        }
    }

    private static String quoted(String value) {
        if (value == null) {
            return "none";
        }
        String line = value.replace('\n', ' ');
        return "\u201C" + (line.length() > QUOTED ? line.substring(0, QUOTED - 1) + "…" : line) + "\u201D";
    }
}
