package org.knotwork.handout;

import java.util.List;

/**
 * A changed text as an audit line shows it: the words that differ with a few words either side, quoted, old → new,
 * so that an edit at the end of a long instruction is still seen; the line kept within the audit's 500 characters.
 */
final class AuditExcerpt {

    /** Words of context kept either side of what changed. */
    private static final int CONTEXT = 12;

    /** Characters kept of each side's changed words. */
    private static final int CHANGED = 70;

    /** The audit trail's detail column. */
    private static final int LINE = 500;

    private AuditExcerpt() {}

    static String change(String before, String after) {
        int start = 0;
        int limit = Math.min(before.length(), after.length());
        while (start < limit && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        int from = wordStart(before, Math.max(0, start - CONTEXT));
        return quote(before, from, wordEnd(before, before.length() - end + CONTEXT)) + " → "
                + quote(after, from, wordEnd(after, after.length() - end + CONTEXT));
    }

    private static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int wordEnd(String text, int at) {
        int end = Math.min(text.length(), at);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    static String line(List<String> changes) {
        String line = String.join("; ", changes);
        return line.length() <= LINE ? line : line.substring(0, LINE - 1) + "…";
    }

    private static String quote(String text, int from, int to) {
        String part = text.substring(from, Math.max(from, to));
        if (part.length() > CHANGED) {
            part = part.substring(0, CHANGED) + "…";
        }
        return "\"" + (from > 0 ? "…" : "") + part + (to < text.length() && !part.endsWith("…") ? "…" : "") + "\"";
    }
}
