package org.knotwork.handout;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A plain paragraph broken into lines and written straight onto the page, the very lines and bytes OpenPDF's
 * {@code ColumnText} would write for it (composite mode, one paragraph, a rectangular column), without its general
 * machinery: per paragraph {@code ColumnText} makes two layout objects, a {@code BidiLine} with four 256-slot arrays,
 * a {@code PdfChunk} with attribute maps per piece of text, and looks each character's width up through the font per
 * line laid out (see performance.md). Here the widths come from one array per font, made once per JVM.
 *
 * <p>Here lives the column, as OpenPDF 2.0.5's {@code ColumnText.go} and {@code goComposite} fill it: each line is
 * {@code Math.max(leading + largest size × multiplied leading, -10000)} below the last and is written only if it stays
 * above the column's foot; the paragraph's space before is not added (a fresh column's first paragraph), its space
 * after is once the last line is written. What counts as plain, and the widths, are in {@link PlainParagraph}; where
 * lines break in {@link PlainLineBreaks}; the bytes of a line in {@link PlainTextObject}. {@code PlainLinesTest}
 * compares the layout and the bytes with {@code ColumnText}'s.
 */
final class PlainLines {

    private final PlainParagraph paragraph;
    private final PlainLineBreaks breaks;
    private boolean done;

    private PlainLines(PlainParagraph paragraph) {
        this.paragraph = paragraph;
        this.breaks = new PlainLineBreaks(paragraph);
    }

    /** The paragraph to be laid out here, or null when it is not plain and needs {@code ColumnText}. */
    static PlainLines of(Paragraph paragraph) {
        PlainParagraph plain = PlainParagraph.of(paragraph);
        return plain == null ? null : new PlainLines(plain);
    }

    /** Whether every line has been written (or measured), and the space after the paragraph taken. */
    boolean done() {
        return done;
    }

    /**
     * Writes (or, with {@code canvas} null, only measures) as many lines as fit in the column from {@code top} down to
     * {@code bottom}, between {@code left} and {@code right}, as {@code ColumnText.go} does after
     * {@code setSimpleColumn(left, bottom, right, top)}. Answers where the pen stands after it: below the last line
     * written, and below the space after the paragraph when it is {@link #done()}.
     */
    float go(PdfContentByte canvas, float left, float bottom, float right, float top) {
        float leftX = Math.min(left, right);
        float maxY = Math.max(bottom, top);
        float minY = Math.min(bottom, top);
        float columnWidth = Math.max(left, right) - leftX;
        if (columnWidth < 0) {
            columnWidth = 0;
        }
        float yLine = maxY;
        if (done) {
            return yLine;
        }
        PlainTextObject out = null;
        while (true) {
            if (columnWidth <= 0) {
                break;
            }
            PlainLineBreaks.Line line = breaks.next(columnWidth);
            if (line == null) {
                done = true;
                break;
            }
            float largest = line.emptyAt() >= 0
                    ? paragraph.size(paragraph.chunkAt(line.emptyAt()))
                    : paragraph.largestSize(line.from(), line.to());
            float leading = paragraph.leading(largest);
            if (yLine > maxY || yLine - leading < minY) {
                breaks.back();
                break;
            }
            yLine -= leading;
            if (canvas != null) {
                if (out == null) {
                    out = new PlainTextObject(canvas, paragraph);
                }
                out.show(line, leftX, yLine);
            }
        }
        if (out != null) {
            out.close();
        }
        if (done) {
            yLine -= paragraph.spacingAfter();
        }
        return yLine;
    }
}
