package org.knotwork.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * Lays out a list in the flow, tagged as PDF/UA asks: L, and per item LI holding its number or bullet as Lbl and its
 * text as LBody. OpenPDF draws a list's symbols into the item's line, which would leave them untagged; here the label
 * is drawn on its own, in its own marked content, level with the item's first line.
 */
final class ListLayout {

    private final TaggedFlow flow;

    ListLayout(TaggedFlow flow) {
        this.flow = flow;
    }

    void place(PdfStructureElement parent, com.lowagie.text.List list) throws DocumentException {
        PdfStructureElement tagged = new PdfStructureElement(parent, PdfName.L);
        int number = list.getFirst();
        PdfContentByte canvas = flow.canvas();
        for (Object element : list.getItems()) {
            ListItem item = (ListItem) element;
            String label = list.isNumbered() ? number++ + "." : list.getSymbol().getContent();
            Paragraph body = body(item);
            if (flow.room() < 2 * body.getTotalLeading()) {
                flow.newPage();
            }
            flow.continuedLine();
            PdfStructureElement entry = new PdfStructureElement(tagged, PdfName.LI);
            canvas.beginMarkedContentSequence(new PdfStructureElement(entry, PdfName.LBL));
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(label, item.getFont()),
                    flow.left() + 2,
                    flow.y() - body.getTotalLeading(),
                    0);
            canvas.endMarkedContentSequence();
            flow.item(new PdfStructureElement(entry, PdfName.LBODY), body, list.getSymbolIndent());
        }
        flow.moveTo(flow.y() - 2);
    }

    /** The item's words as a plain paragraph, without OpenPDF's own list symbol. */
    static Paragraph body(ListItem item) {
        Paragraph body = new Paragraph(item.getTotalLeading());
        for (Object chunk : item.getChunks()) {
            body.add((Chunk) chunk);
        }
        body.setSpacingAfter(item.getSpacingAfter());
        return body;
    }
}
