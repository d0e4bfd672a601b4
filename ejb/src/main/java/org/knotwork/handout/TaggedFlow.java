package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the sheet's text down the page and tags every piece of it, which OpenPDF's own {@code Document.add} does not:
 * each paragraph, heading, list and box is written with {@link ColumnText} straight onto the page inside a marked-content
 * sequence of its structure element (H1–H3, P, L/LI/Lbl/LBody), and everything that only decorates — box frames, the
 * "continued" line at the top of a page — is marked as an artifact. Reading the structure gives the sheet in order;
 * reading the page gives the same words.
 *
 * <p>Rules of the layout kept here because only the flow knows where a page ends: a part begun with
 * {@link #beginKeep()} and ended with {@link #endKeep()} (a muscle) moves whole to the next page when it does not fit
 * on this one; when it is longer than a page, the pages it runs onto start with its heading and "(continued)".
 */
final class TaggedFlow {

    /** Marks what only decorates or paginates, so assistive technology skips it. */
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte canvas;
    private final HandoutStyle style;
    private final String continued;
    private final PdfStructureElement root;

    private float left;
    private float right;
    private float y;
    private String part;
    private boolean continuedDue;
    private List<Element> kept;
    private Float boxTop;

    TaggedFlow(Document document, PdfWriter writer, HandoutStyle style, String continued) {
        this.document = document;
        this.writer = writer;
        this.canvas = writer.getDirectContent();
        this.style = style;
        this.continued = continued;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.left = document.left();
        this.right = document.right();
        this.y = document.top();
    }

    PdfStructureElement root() {
        return root;
    }

    PdfContentByte canvas() {
        return canvas;
    }

    PdfWriter writer() {
        return writer;
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

    /** From here to {@link #endKeep()} the elements are one part, kept on one page when it fits on one. */
    void beginKeep() {
        kept = new ArrayList<>();
    }

    void endKeep() throws DocumentException {
        List<Element> part = kept;
        kept = null;
        if (!clearlyFits(part) && mustMove(part)) {
            newPage();
            continuedDue = false;
        }
        for (Element element : part) {
            add(element);
        }
    }

    /** Adds a heading, paragraph, list or boxed table cell to the sheet, tagged by what it is. */
    void add(Element element) throws DocumentException {
        if (kept != null) {
            kept.add(element);
        } else if (element instanceof PictureBlock picture) {
            new PictureLayout(this, style).place(picture);
        } else if (element instanceof Heading heading) {
            heading(heading);
        } else if (element instanceof com.lowagie.text.List list) {
            list(root, list);
        } else if (element instanceof PdfPTable table) {
            boxed(table);
        } else if (element instanceof Paragraph paragraph) {
            text(root, PdfName.P, paragraph);
        } else {
            throw new IllegalArgumentException(
                    "The sheet does not lay out " + element.getClass().getSimpleName());
        }
    }

    /**
     * Whether a rough, generous estimate of the part's height already fits in the room left: then it is laid out
     * without measuring it exactly first, which would lay every paragraph out twice (see performance.md).
     */
    private boolean clearlyFits(List<Element> part) {
        float rough = 0;
        for (Element element : part) {
            rough += FlowMeasure.estimate(element, right - left, boxPadding());
        }
        return rough * 1.25f + 12 < room();
    }

    /** The part does not fit in the room left but would on a page of its own. */
    private boolean mustMove(List<Element> part) throws DocumentException {
        float height = 0;
        for (Element element : part) {
            height += height(element);
        }
        return height > room() && height <= document.top() - document.bottom();
    }

    /** {@link #add} for a method reference: a layout failure here is a programming error, not the caller's. */
    void addQuietly(Element element) {
        try {
            add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be laid out.", e);
        }
    }

    private void heading(Heading heading) throws DocumentException {
        if (heading.level() <= 2) {
            part = heading.getContent();
            continuedDue = false;
        }
        PdfName role = heading.level() == 1 ? PdfName.H1 : heading.level() == 2 ? PdfName.H2 : PdfName.H3;
        text(root, role, heading);
    }

    /** A paragraph as one structure element of {@code role}, continued on the next page when it runs over. */
    PdfStructureElement text(PdfStructureElement parent, PdfName role, Paragraph paragraph) throws DocumentException {
        PdfStructureElement element = new PdfStructureElement(parent, role);
        ColumnText column = new ColumnText(canvas);
        column.addElement(paragraph);
        flow(column, element, left, right);
        return element;
    }

    private void flow(ColumnText column, PdfStructureElement element, float from, float to) throws DocumentException {
        while (true) {
            continuedLine();
            column.setSimpleColumn(from, document.bottom(), to, y);
            canvas.beginMarkedContentSequence(element);
            int status = column.go();
            canvas.endMarkedContentSequence();
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    /** Lists are tagged L, each item LI with its number or bullet as Lbl and its text as LBody. */
    void list(PdfStructureElement parent, com.lowagie.text.List list) throws DocumentException {
        new ListLayout(this).place(parent, list);
    }

    /** One list item's text, continued on the next page when it runs over. */
    void item(PdfStructureElement body, Paragraph text, float indent) throws DocumentException {
        ColumnText column = new ColumnText(canvas);
        column.addElement(text);
        flow(column, body, left + indent, right);
    }

    /** A one-cell table is a box on the sheet: a framed group of paragraphs, the frame an artifact. */
    private void boxed(PdfPTable table) throws DocumentException {
        PdfPCell cell = table.getRows().get(0).getCells()[0];
        y -= table.spacingBefore();
        beginBox();
        for (Object element : cell.getCompositeElements()) {
            add((Element) element);
        }
        endBox();
        y -= table.spacingAfter();
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

    /** At the top of a page a part runs onto, its heading again with "(continued)", as an artifact. */
    void continuedLine() {
        if (!continuedDue || part == null) {
            return;
        }
        continuedDue = false;
        Font font = style.bold();
        canvas.beginMarkedContentSequence(ARTIFACT);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_LEFT, new Phrase(part + " " + continued, font), left, y - font.getSize(), 0);
        canvas.endMarkedContentSequence();
        y -= style.leading() + 4;
    }

    /** The height an element will take, laid out in this flow's width. */
    private float height(Element element) throws DocumentException {
        return FlowMeasure.height(element, right - left, boxPadding());
    }

    static float measure(Paragraph paragraph, float width) throws DocumentException {
        return FlowMeasure.measure(paragraph, width);
    }
}
