package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays the sheet's text down the page and tags every piece of it, which OpenPDF's own {@code Document.add} does not:
 * each paragraph, heading, list and box is written with {@link ColumnText} straight onto the page inside a marked-content
 * sequence of its structure element (H1–H3, P, L/LI/Lbl/LBody). Reading the structure gives the sheet in order; reading
 * the page gives the same words. Where the pen stands, page turns and keeping a part together are {@link PagedFlow}'s.
 */
final class TaggedFlow extends PagedFlow {

    private final PdfWriter writer;
    private final HandoutStyle style;
    private final PdfStructureElement root;

    TaggedFlow(Document document, PdfWriter writer, HandoutStyle style, String continued) {
        super(document, writer.getDirectContent(), style, continued);
        this.writer = writer;
        this.style = style;
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    PdfStructureElement root() {
        return root;
    }

    PdfWriter writer() {
        return writer;
    }

    /** Adds a heading, paragraph, list or boxed table cell to the sheet, tagged by what it is. */
    @Override
    void add(Element element) throws DocumentException {
        if (keptBack(element)) {
            return;
        }
        if (element instanceof PictureBlock picture) {
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

    /** {@link #add} for a method reference: a layout failure here is a programming error, not the caller's. */
    void addQuietly(Element element) {
        try {
            add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The handout could not be laid out.", e);
        }
    }

    /**
     * A heading is never left alone at the foot of a page: it starts the next one unless the room left holds it, two
     * lines of what follows and, under a part's heading, the first subheading.
     */
    private void heading(Heading heading) throws DocumentException {
        float follows = 2 * style.leading()
                + 4
                + (heading.level() <= 2
                        ? HandoutStyle.LEADING * style.subheadingFont().getSize()
                        : 0);
        roomFor(Math.min(measure(heading, right() - left()) + follows, pageHeight()));
        if (heading.level() <= 2) {
            beginPart(heading.getContent());
        }
        PdfName role = heading.level() == 1 ? PdfName.H1 : heading.level() == 2 ? PdfName.H2 : PdfName.H3;
        text(root, role, heading);
    }

    /** A paragraph as one structure element of {@code role}, continued on the next page when it runs over. */
    PdfStructureElement text(PdfStructureElement parent, PdfName role, Paragraph paragraph) throws DocumentException {
        PdfStructureElement element = new PdfStructureElement(parent, role);
        flow(paragraph, element, left(), right());
        return element;
    }

    /** A paragraph written in the column, continued on the next pages: plain ones directly, the rest by OpenPDF. */
    private void flow(Paragraph paragraph, PdfStructureElement element, float from, float to) throws DocumentException {
        PlainLines plain = PlainLines.of(paragraph);
        if (plain == null) {
            ColumnText column = new ColumnText(canvas());
            column.addElement(paragraph);
            flow(column, element, from, to);
            return;
        }
        PdfContentByte canvas = canvas();
        while (true) {
            continuedLine();
            canvas.beginMarkedContentSequence(element);
            float after = plain.go(canvas, from, pageBottom(), to, y());
            canvas.endMarkedContentSequence();
            moveTo(after);
            if (plain.done()) {
                return;
            }
            newPage();
        }
    }

    private void flow(ColumnText column, PdfStructureElement element, float from, float to) throws DocumentException {
        PdfContentByte canvas = canvas();
        while (true) {
            continuedLine();
            column.setSimpleColumn(from, pageBottom(), to, y());
            canvas.beginMarkedContentSequence(element);
            int status = column.go();
            canvas.endMarkedContentSequence();
            moveTo(column.getYLine());
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
        flow(text, body, left() + indent, right());
    }

    /**
     * A one-cell table is a box on the sheet: a framed group of paragraphs, the frame an artifact. One marked to keep
     * together starts the next page rather than split, unless it is longer than a page.
     */
    private void boxed(PdfPTable table) throws DocumentException {
        PdfPCell cell = table.getRows().get(0).getCells()[0];
        if (table.getKeepTogether()) {
            keepWhole(measured(table, right() - left()));
        }
        moveTo(y() - table.spacingBefore());
        beginBox();
        for (Object element : cell.getCompositeElements()) {
            add((Element) element);
        }
        endBox();
        moveTo(y() - table.spacingAfter());
    }

    static float measure(Paragraph paragraph, float width) throws DocumentException {
        return FlowMeasure.measure(paragraph, width);
    }
}
