package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.platform.RuleViolationException;

/**
 * The handout's type: Liberation Sans, regular and bold, embedded in every PDF as a subset of the glyphs it uses, with
 * Unicode encoding (Identity-H) so that a name in Vietnamese, Greek or Cyrillic prints as typed. The TrueType files
 * are read and parsed once per JVM, and cut down once per JVM to two repertoires (European Latin, and every promised
 * script), whose font objects a sheet copies ({@link SheetWriter}); only a sheet printing a glyph outside both has its
 * own subset made. A text the fonts cannot print is refused, naming the character, rather than printed with a hole in
 * it.
 */
final class HandoutFonts {

    private static final String FOLDER = "liberation/";

    /**
     * The characters most sheets print: Latin with the Western and Central European letters, punctuation, currency,
     * arrows and mathematical signs ("≤ 10 min"). Its font objects are about a third of the wider repertoire's.
     */
    private static final int[][] EUROPEAN_LATIN = {
        {0x20, 0x7E},
        {0xA0, 0x17F},
        {0x2000, 0x206F},
        {0x20A0, 0x20CF},
        {0x2100, 0x214F},
        {0x2190, 0x22FF},
        {0x25A0, 0x25FF}
    };

    /** Every script the sheet promises: all of Latin (with Vietnamese and combining accents), Greek and Cyrillic. */
    private static final int[][] EVERY_SCRIPT = {
        {0x20, 0x7E},
        {0xA0, 0x52F},
        {0x1E00, 0x1FFF},
        {0x2000, 0x206F},
        {0x20A0, 0x20CF},
        {0x2100, 0x214F},
        {0x2190, 0x22FF},
        {0x25A0, 0x25FF}
    };

    // After the repertoires, which it reads.
    private static final HandoutFonts LIBERATION =
            new HandoutFonts(load("LiberationSans-Regular.ttf"), load("LiberationSans-Bold.ttf"));

    private final BaseFont regular;
    private final BaseFont bold;
    private final Map<BaseFont, List<SheetFont>> prepared = new IdentityHashMap<>();

    private HandoutFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
        for (BaseFont font : List.of(regular, bold)) {
            prepared.put(
                    font,
                    List.of(
                            SheetFont.of(font, repertoire(font, EUROPEAN_LATIN)),
                            SheetFont.of(font, repertoire(font, EVERY_SCRIPT))));
        }
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
     * The smallest prepared font objects of {@code font} that hold every glyph a sheet printed with it, or null when
     * none does (a character the font has outside the promised scripts): OpenPDF then subsets the font for the sheet.
     */
    SheetFont prepared(BaseFont font, Collection<Integer> glyphs) {
        for (SheetFont candidate : prepared.getOrDefault(font, List.of())) {
            if (candidate.covers(glyphs)) {
                return candidate;
            }
        }
        return null;
    }

    /** The characters of the ranges that the font has and that print as a glyph (no controls, no invisible marks). */
    private static String repertoire(BaseFont font, int[][] ranges) {
        StringBuilder characters = new StringBuilder();
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                int type = Character.getType(c);
                boolean invisible = type == Character.CONTROL
                        || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
                if (!invisible && !rightToLeft(c) && font.charExists(c)) {
                    characters.appendCodePoint(c);
                }
            }
        }
        return characters.toString();
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
            GlyphTable.install(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout font " + file + " cannot be read.", e);
        }
    }
}
