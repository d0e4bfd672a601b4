package org.knotwork.web.api.json;

/**
 * What no text field may hold: a NUL or another control character (tab, line feed and carriage return are text), or
 * half of a surrogate pair. PostgreSQL refuses a NUL outright and would store a lone surrogate as a question mark.
 */
final class TextCheck {

    private TextCheck() {}

    /** What is wrong with the text, as the end of a sentence, or {@code null} when nothing is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character, which is not text.";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return "contains an invisible control character; only tabs and line breaks are allowed.";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "contains half of a character (a lone surrogate); send the whole character.";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "contains half of a character (a lone surrogate); send the whole character.";
            }
        }
        return null;
    }
}
