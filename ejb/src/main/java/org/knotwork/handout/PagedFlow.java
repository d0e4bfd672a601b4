package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import java.util.ArrayList;
import java.util.List;

/**
 * The page side of the sheet's flow: where the pen stands, the column it writes in, a box open around the text, the
 * part being written, and when to turn the page. What it draws itself — box frames, the "continued" line at the top of
 * a page — only decorates, and is marked as an artifact; {@link TaggedFlow} writes and tags the text.
 *
 * <p>Rules of the layout kept here because only the flow knows where a page ends: a part begun with
 * {@link #beginKeep()} and ended with {@link #endKeep()} (a muscle) moves whole to the next page when it does not fit
 * on this one; when it is longer than a page, the pages it runs onto start with its heading and "(continued)".
 */
abstract class PagedFlow {

    /** Marks what only decorates or paginates, so assistive technology skips it. */
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;
    private final PdfContentByte canvas;
    private final HandoutStyle style;
    private final String continued;

    private float left;
    private float right;
    private float y;
    private String part;
    private boolean continuedDue;
    private List<Element> kept;
    private Float boxTop;

    PagedFlow(Document document, PdfContentByte canvas, HandoutStyle style, String continued) {
        this.document = document;
        this.canvas = canvas;
        this.style = style;
        this.continued = continued;
        this.left = document.left();
        this.right = document.right();
        this.y = document.top();
    }

    /** Lays out one element where the pen stands, tagged by what it is. */
    abstract void add(Element element) throws DocumentException;

    PdfContentByte canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    float left() {
        return left;
    }

    float right() {
        return right;
    }

    /** Moves the pen down by {@code points}, for space the flow does not own (a figure placed beside it). */
    void moveTo(float newY) {
        y = newY;
    }

    /** Narrows the flow to a column; {@link #column(float, float, float)} again with the page's edges widens it. */
    void column(float columnLeft, float columnRight, float top) {
        left = columnLeft;
        right = columnRight;
        y = top;
    }

    float pageLeft() {
        return document.left();
    }

    float pageRight() {
        return document.right();
    }

    float pageBottom() {
        return document.bottom();
    }

    /** The room left on this page, in points. */
    float room() {
        return y - document.bottom();
    }

    /** The height of a page's text area, in points. */
    float pageHeight() {
        return document.top() - document.bottom();
    }

    /** How tall {@code element} comes out across {@code width}, a box with its padding. */
    float measured(Element element, float width) throws DocumentException {
        return FlowMeasure.height(element, width, boxPadding());
    }

    /**
     * Starts a new page for a part {@code height} tall that must not split (the safety box): when it does not fit in
     * the room left but does on a page of its own.
     */
    void keepWhole(float height) {
        if (kept == null && height > room() && height <= pageHeight()) {
            newPage();
        }
    }

    /** Starts a new page unless {@code points} of room remain, so that a heading keeps its first lines. */
    void roomFor(float points) {
        if (kept == null && room() < points) {
            newPage();
        }
    }

    void newPage() {
        if (boxTop != null) {
            frame(boxTop, document.bottom() - 4);
        }
        document.newPage();
        y = document.top();
        if (boxTop != null) {
            boxTop = y;
            y -= boxPadding();
        }
        continuedDue = part != null;
    }

    /** A heading of this name begins a part: the pages it runs onto start with the name and "(continued)". */
    void beginPart(String name) {
        part = name;
        continuedDue = false;
    }

    /** What follows belongs to no part's heading: a page it runs onto starts without a "continued" line. */
    void endPart() {
        part = null;
        continuedDue = false;
    }

    /** From here to {@link #endKeep()} the elements are one part, kept on one page when it fits on one. */
    void beginKeep() {
        kept = new ArrayList<>();
    }

    /** Holds the element back for the part being kept together, if one is; whether it did. */
    boolean keptBack(Element element) {
        if (kept == null) {
            return false;
        }
        kept.add(element);
        return true;
    }

    void endKeep() throws DocumentException {
        List<Element> part = kept;
        kept = null;
        float rough = 0;
        for (Element element : part) {
            rough += FlowMeasure.estimate(element, right - left, boxPadding());
        }
        // A rough, generous estimate that fits is laid out without measuring it exactly first, which would lay every
        // paragraph out twice (see performance.md).
        if (rough * 1.25f + 12 >= room() && mustMove(part, rough * 1.25f + 12)) {
            newPage();
            continuedDue = false;
        }
        for (Element element : part) {
            add(element);
        }
    }

    /**
     * The part does not fit in the room left but would on a page of its own. Measured exactly unless it clearly does
     * not fit here (its least height) and clearly fits a page (the generous estimate {@code most}).
     */
    private boolean mustMove(List<Element> part, float most) throws DocumentException {
        float page = document.top() - document.bottom();
        float least = 0;
        for (Element element : part) {
            least += FlowMeasure.least(element, right - left, boxPadding());
        }
        if (least > room() && most <= page) {
            return true;
        }
        float height = 0;
        for (Element element : part) {
            height += FlowMeasure.height(element, right - left, boxPadding());
        }
        return height > room() && height <= page;
    }

    void beginBox() {
        boxTop = y;
        y -= boxPadding();
        left += boxPadding();
        right -= boxPadding();
    }

    /** A box is a part of its own: what follows it is not "continued" from the box's heading. */
    void endBox() {
        y -= boxPadding();
        frame(boxTop, y);
        boxTop = null;
        part = null;
        left -= boxPadding();
        right += boxPadding();
        y -= 4;
    }

    private float boxPadding() {
        return style.body().getSize() * 0.7f;
    }

    private void frame(float top, float bottom) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        canvas.saveState();
        canvas.setLineWidth(1.2f);
        canvas.setGrayStroke(0f);
        canvas.rectangle(left - boxPadding(), bottom, right - left + 2 * boxPadding(), top - bottom);
        canvas.stroke();
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    /**
     * At the top of a page a part runs onto, its heading again with "(continued)", as an artifact: wrapped within the
     * column like any text, so that a long heading in large print keeps its last words and "(continued)".
     */
    void continuedLine() throws DocumentException {
        if (!continuedDue || part == null) {
            return;
        }
        continuedDue = false;
        ColumnText column = new ColumnText(canvas);
        column.addElement(new Paragraph(style.leading(), part + " " + continued, style.bold()));
        column.setSimpleColumn(left, document.bottom(), right, y);
        canvas.beginMarkedContentSequence(ARTIFACT);
        column.go();
        canvas.endMarkedContentSequence();
        y = column.getYLine() - 4;
    }
}
