package org.knotwork.platform;

/**
 * What "a text with something in it" means, for every field that must say something (a reason, a name, who gave a
 * clearance): at least one character a reader can see. Spaces, control characters, invisible format characters
 * (zero-width space U+200B, the byte-order mark U+FEFF, direction overrides such as U+202E), combining marks with
 * nothing to sit on, and the fillers that draw as blanks do not count: a reason made of them explains nothing and
 * would still sign a note. The one home of this rule: charting's reasons, amendments and clearances, names and the
 * other required texts ask here. (Whether a text is well formed at all, with no NUL or half a character, is checked
 * as the API reads JSON, by the web layer's {@code json.TextCheck}.)
 */
public final class VisibleText {

    /** Letters and symbols that draw as nothing: Hangul fillers, the blank Braille pattern. */
    private static final String BLANK_LOOKING = "\u115F\u1160\u3164\uFFA0\u2800";

    private VisibleText() {}

    /** Whether the text holds at least one visible character. */
    public static boolean present(String value) {
        return value != null && value.codePoints().anyMatch(VisibleText::isVisible);
    }

    /** The text without surrounding blanks, or null when it has nothing visible in it. */
    public static String stripped(String value) {
        return present(value) ? value.strip() : null;
    }

    private static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || BLANK_LOOKING.indexOf(c) >= 0) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE -> false;
            default -> true;
        };
    }
}
