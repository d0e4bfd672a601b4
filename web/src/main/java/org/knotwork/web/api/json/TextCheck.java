package org.knotwork.web.api.json;

/**
 * What no text field, query parameter, address part or imported file may hold: a NUL or another control character
 * (C0, DEL or C1: tab, line feed and carriage return are text), half of a surrogate pair, or a noncharacter (U+FFFE,
 * U+FFFF and the others Unicode reserves for a program's own use). PostgreSQL refuses a NUL outright and would store a
 * lone surrogate as a question mark; a C1 control such as U+0085 or U+009B breaks lines or starts terminal escapes
 * where the text is shown later (a CSV export, a log).
 */
final class TextCheck {

    private static final String CONTROL =
            "contains an invisible control character; only tabs and line breaks are allowed.";
    private static final String HALF = "contains half of a character (a lone surrogate); send the whole character.";

    private TextCheck() {}

    /** What is wrong with the text, as the end of a sentence, or {@code null} when nothing is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character, which is not text.";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return CONTROL;
            }
            int codePoint = c;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    codePoint = Character.toCodePoint(c, text.charAt(++i));
                } else {
                    return HALF;
                }
            } else if (Character.isLowSurrogate(c)) {
                return HALF;
            }
            if (noncharacter(codePoint)) {
                return String.format(
                        "contains U+%04X, a noncharacter that Unicode keeps out of text exchanged between programs.",
                        codePoint);
            }
        }
        return null;
    }

    private static boolean noncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
