package org.knotwork.handout;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

/**
 * The handout's type: the PDF standard Helvetica family, black, at sizes that stay legible printed in black and white
 * and on a phone screen (body 10.5 pt). Fonts are made once; OpenPDF only reads them while writing.
 */
final class HandoutStyle {

    private static final HandoutStyle STANDARD = new HandoutStyle();
    /** Line height as a multiple of the type size: compact, still easy to follow line to line. */
    static final float LEADING = 1.3f;

    private final BaseFont regularBase = HandoutDocument.standardFont(BaseFont.HELVETICA);
    private final BaseFont boldBase = HandoutDocument.standardFont(BaseFont.HELVETICA_BOLD);
    private final Font title = new Font(boldBase, 19);
    private final Font heading = new Font(boldBase, 13.5f);
    private final Font subheading = new Font(boldBase, 11.5f);
    private final Font body = new Font(regularBase, 10.5f);
    private final Font bold = new Font(boldBase, 10.5f);
    private final Font small = new Font(regularBase, 9);

    private HandoutStyle() {}

    static HandoutStyle standard() {
        return STANDARD;
    }

    Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    Paragraph subheading(String text) {
        Paragraph paragraph = new Paragraph(text, subheading);
        paragraph.setSpacingBefore(4);
        paragraph.setSpacingAfter(1);
        return paragraph;
    }

    Paragraph paragraph(String text) {
        return spaced(new Paragraph(LEADING * body.getSize(), text, body));
    }

    Paragraph strong(String text) {
        return spaced(new Paragraph(LEADING * bold.getSize(), text, bold));
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingAfter(2);
        return paragraph;
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
