package org.knotwork.handout;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

/**
 * The handout's type: Liberation Sans (embedded, see {@link HandoutFonts}), black, at sizes from clear-print guidance:
 * body text 12 pt and nothing smaller, or 16 pt in large print. Fonts are made once per size; OpenPDF only reads
 * them while writing.
 */
final class HandoutStyle {

    private static final HandoutStyle STANDARD = new HandoutStyle(PrintSize.STANDARD);
    private static final HandoutStyle LARGE = new HandoutStyle(PrintSize.LARGE);

    /** Line height as a multiple of the type size: open enough to follow line to line. */
    static final float LEADING = 1.3f;

    private final PrintSize size;
    private final BaseFont regularBase = HandoutFonts.liberation().regular();
    private final BaseFont boldBase = HandoutFonts.liberation().bold();
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font body;
    private final Font bold;
    private final Font small;

    private HandoutStyle(PrintSize size) {
        this.size = size;
        float base = size.body();
        title = new Font(boldBase, base * 1.6f);
        heading = new Font(boldBase, base * 1.25f);
        subheading = new Font(boldBase, base * 1.08f);
        body = new Font(regularBase, base);
        bold = new Font(boldBase, base);
        // Captions and the letterhead's contact lines: no smaller than body text, only lighter in weight of place.
        small = new Font(regularBase, base);
    }

    static HandoutStyle standard() {
        return STANDARD;
    }

    static HandoutStyle of(PrintSize size) {
        return size == PrintSize.LARGE ? LARGE : STANDARD;
    }

    PrintSize size() {
        return size;
    }

    /** A part of the sheet: a muscle, the safety box, the map (tagged H2). */
    Paragraph heading(String text) {
        Heading paragraph = new Heading(2, text, heading);
        paragraph.setLeading(LEADING * heading.getSize());
        paragraph.setSpacingBefore(body.getSize() * 0.8f);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /** A step within a part: the self-pressure, the stretch (tagged H3). */
    Paragraph subheading(String text) {
        Heading paragraph = new Heading(3, text, subheading);
        paragraph.setLeading(LEADING * subheading.getSize());
        paragraph.setSpacingBefore(body.getSize() * 0.4f);
        paragraph.setSpacingAfter(1);
        return paragraph;
    }

    /** The sheet's title (tagged H1). */
    Paragraph title(String text) {
        Heading paragraph = new Heading(1, text, title);
        paragraph.setLeading(LEADING * title.getSize());
        return paragraph;
    }

    Paragraph paragraph(String text) {
        return spaced(new Paragraph(LEADING * body.getSize(), text, body));
    }

    Paragraph strong(String text) {
        return spaced(new Paragraph(LEADING * bold.getSize(), text, bold));
    }

    Paragraph small(String text) {
        return spaced(new Paragraph(LEADING * small.getSize(), text, small));
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    float leading() {
        return LEADING * body.getSize();
    }

    BaseFont regularBase() {
        return regularBase;
    }

    BaseFont boldBase() {
        return boldBase;
    }

    Font title() {
        return title;
    }

    Font subheadingFont() {
        return subheading;
    }

    Font body() {
        return body;
    }

    Font bold() {
        return bold;
    }

    Font small() {
        return small;
    }
}
