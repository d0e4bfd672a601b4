package org.knotwork.handout;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The content bytes of the lines {@link PlainLines} writes in one call, as OpenPDF 2.0.5's
 * {@code PdfDocument.writeLineToContent} writes them for {@code ColumnText}: one {@code BT}/{@code ET} per call, on a
 * duplicate of the page's canvas added to it at the end; per line one text matrix and one {@code Tj} per chunk it
 * shows, the font set only when it changes within the call. The caller's marked-content sequence wraps it as it
 * wrapped {@code ColumnText}'s.
 */
final class PlainTextObject {

    private final PdfContentByte canvas;
    private final PdfContentByte out;
    private final PlainParagraph paragraph;
    private BaseFont currentFont;
    private float currentSize;

    /** Begins the text object: {@code BT}. */
    PlainTextObject(PdfContentByte canvas, PlainParagraph paragraph) {
        this.canvas = canvas;
        this.paragraph = paragraph;
        out = canvas.getDuplicate();
        out.beginText();
    }

    /** Writes one line with its baseline at {@code y}, the column's left edge at {@code left}. */
    void show(PlainLineBreaks.Line line, float left, float y) {
        out.setTextMatrix(left + 0f + paragraph.indent(line.widthLeft()), y);
        if (line.emptyAt() >= 0) {
            font(paragraph.chunkAt(line.emptyAt()));
            out.showText("");
            return;
        }
        int start = line.from();
        int to = line.to();
        while (start <= to) {
            int k = paragraph.chunkAt(start);
            int end = start;
            while (end < to && paragraph.chunkAt(end + 1) == k) {
                end++;
            }
            font(k);
            out.showText(paragraph.text(start, end));
            start = end + 1;
        }
    }

    /** Ends the text object ({@code ET}) and adds it to the page. */
    void close() {
        out.endText();
        canvas.add(out);
    }

    private void font(int chunk) {
        BaseFont font = paragraph.font(chunk);
        float size = paragraph.size(chunk);
        if (font != currentFont || size != currentSize) {
            currentFont = font;
            currentSize = size;
            out.setFontAndSize(currentFont, currentSize);
        }
    }
}
