package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.knotwork.platform.RuleViolationException;

/**
 * The handout's type: Liberation Sans, regular and bold, embedded in every PDF as a subset of the glyphs it uses, with
 * Unicode encoding (Identity-H) so that a name in Vietnamese, Greek or Cyrillic prints as typed. The TrueType files
 * are read and parsed once per JVM; OpenPDF then writes only the glyphs a sheet uses into it. A text the fonts cannot
 * print is refused, naming the character, rather than printed with a hole in it.
 */
final class HandoutFonts {

    private static final String FOLDER = "liberation/";

    private static final HandoutFonts LIBERATION =
            new HandoutFonts(load("LiberationSans-Regular.ttf"), load("LiberationSans-Bold.ttf"));

    private final BaseFont regular;
    private final BaseFont bold;

    private HandoutFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static HandoutFonts liberation() {
        return LIBERATION;
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    /**
     * The first character of {@code text} that either font lacks, as a code point, or -1 when every one prints. Line
     * breaks and tabs are layout, not glyphs. Right-to-left letters (Hebrew, which the font has) are refused too: the
     * sheet lays lines out left to right, so a Hebrew name would print reversed.
     */
    int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t';
            if (!layout && (c > 0xFFFF || rightToLeft(c) || !regular.charExists(c) || !bold.charExists(c))) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static boolean rightToLeft(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Refuses a text the handout would print with a character missing, saying which one and where. */
    void requirePrintable(String field, String label, String text) {
        if (text == null) {
            return;
        }
        int c = firstUnprintable(text);
        if (c >= 0) {
            throw new RuleViolationException(field, unprintable(label, c));
        }
    }

    static String unprintable(String label, int codePoint) {
        String name = Character.getName(codePoint);
        return label + " contains \u201C" + new String(Character.toChars(codePoint)) + "\u201D ("
                + String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name)
                + "), which the home-care sheet cannot print: its font covers Latin (with Vietnamese), Greek and"
                + " Cyrillic. Write it with those letters, or leave the character out.";
    }

    private static BaseFont load(String file) {
        try (InputStream in = HandoutFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The handout font " + file + " is missing from the class path"
                        + " (com.github.librepdf:openpdf-fonts-extra).");
            }
            BaseFont font =
                    BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            font.setSubset(true);
            // A subset keeps every glyph slot, so a CIDSet listing only the used ones contradicts the font program
            // (veraPDF, PDF/UA-1 7.21.4.2); PDF/A-2 and PDF/UA make the CIDSet optional, so it is left out.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout font " + file + " cannot be read.", e);
        }
    }
}
