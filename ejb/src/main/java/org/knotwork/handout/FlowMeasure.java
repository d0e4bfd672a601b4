package org.knotwork.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;

/**
 * How tall the sheet's elements come out in a given width, found by laying them out without writing (OpenPDF's
 * simulation mode): what {@link PagedFlow} needs to keep a muscle on one page.
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

    /**
     * A quick, generous estimate of an element's height from its words' widths, without laying it out: each line of
     * text counted as wrapped at the column's width, plus one more line per paragraph for the words that wrap early.
     */
    static float estimate(Element element, float width, float boxPadding) {
        return summed(element, width, boxPadding, FlowMeasure::estimated);
    }

    /**
     * A height the element certainly reaches, without laying it out: every line at least the paragraph's leading, and
     * at least as many lines as its words' widths fill at nine tenths of the column (a line loses no more than its
     * breaking space). Lets the flow move a part that clearly does not fit without measuring it exactly.
     */
    static float least(Element element, float width, float boxPadding) {
        return summed(element, width, boxPadding, FlowMeasure::atLeast);
    }

    /** One paragraph's height by one of the quick measures above. */
    private interface ParagraphHeight {
        float of(Paragraph paragraph, float width);
    }

    /** An element's height as the sum of its paragraphs' by {@code paragraph}, in the sheet's boxes and lists. */
    private static float summed(Element element, float width, float boxPadding, ParagraphHeight paragraph) {
        if (element instanceof PictureBlock block) {
            float beside = 0;
            for (Paragraph words : block.beside()) {
                beside += summed(words, width - block.pictureWidth() - PictureLayout.GUTTER, boxPadding, paragraph);
            }
            return Math.max(block.pictureHeight(), beside) + 8;
        }
        if (element instanceof com.lowagie.text.List list) {
            float total = 2;
            for (Object item : list.getItems()) {
                total +=
                        summed(ListLayout.body((ListItem) item), width - list.getSymbolIndent(), boxPadding, paragraph);
            }
            return total;
        }
        if (element instanceof PdfPTable table) {
            float total = 2 * boxPadding + 4 + table.spacingBefore() + table.spacingAfter();
            for (Object inner : table.getRows().get(0).getCells()[0].getCompositeElements()) {
                total += summed((Element) inner, width - 2 * boxPadding, boxPadding, paragraph);
            }
            return total;
        }
        return paragraph.of((Paragraph) element, width);
    }

    private static float estimated(Paragraph paragraph, float width) {
        if (paragraph.getChunks().isEmpty()) {
            return paragraph.getTotalLeading() + paragraph.getSpacingAfter();
        }
        Font font = ((Chunk) paragraph.getChunks().get(0)).getFont();
        int lines = 1;
        for (String line : paragraph.getContent().split("\n", -1)) {
            lines += (int) Math.ceil(font.getBaseFont().getWidthPoint(line, font.getSize()) / width);
        }
        return lines * paragraph.getTotalLeading() + paragraph.getSpacingBefore() + paragraph.getSpacingAfter();
    }

    private static float atLeast(Paragraph paragraph, float width) {
        int lines = 0;
        float line = 0;
        for (Object piece : paragraph.getChunks()) {
            Chunk chunk = (Chunk) piece;
            BaseFont font = chunk.getFont().getBaseFont();
            if (font == null) {
                return 0;
            }
            String[] hard = chunk.getContent().split("\n", -1);
            for (int i = 0; i < hard.length; i++) {
                line += font.getWidthPoint(hard[i], chunk.getFont().getSize());
                if (i < hard.length - 1) {
                    lines += (int) Math.ceil(line * 0.9f / width);
                    line = 0;
                }
            }
        }
        lines += (int) Math.ceil(line * 0.9f / width);
        // Less a fiftieth: the exact measure subtracts from a tall column in float and comes out a hair short.
        return lines * paragraph.getLeading() * 0.98f;
    }

    static float measure(Paragraph paragraph, float width) throws DocumentException {
        float top = 100_000;
        PlainLines plain = PlainLines.of(paragraph);
        if (plain != null) {
            return top - plain.go(null, 0, 0, width, top);
        }
        ColumnText column = new ColumnText(null);
        column.addElement(paragraph);
        column.setSimpleColumn(0, 0, width, top);
        column.go(true);
        return top - column.getYLine();
    }
}
