package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;

/**
 * How tall the sheet's elements come out in a given width, found by laying them out without writing (OpenPDF's
 * simulation mode): what {@link TaggedFlow} needs to keep a muscle on one page.
 */
final class FlowMeasure {

    private FlowMeasure() {}

    static float height(Element element, float width, float boxPadding) throws DocumentException {
        if (element instanceof PictureBlock block) {
            return PictureLayout.height(block, width);
        }
        if (element instanceof com.lowagie.text.List list) {
            float total = 2;
            for (Object item : list.getItems()) {
                total += measure(ListLayout.body((ListItem) item), width - list.getSymbolIndent());
            }
            return total;
        }
        if (element instanceof PdfPTable table) {
            float total = 2 * boxPadding + 4 + table.spacingBefore() + table.spacingAfter();
            for (Object inner : table.getRows().get(0).getCells()[0].getCompositeElements()) {
                total += height((Element) inner, width - 2 * boxPadding, boxPadding);
            }
            return total;
        }
        return measure((Paragraph) element, width);
    }

    static float measure(Paragraph paragraph, float width) throws DocumentException {
        ColumnText column = new ColumnText(null);
        column.addElement(paragraph);
        float top = 100_000;
        column.setSimpleColumn(0, 0, width, top);
        column.go(true);
        return top - column.getYLine();
    }
}
