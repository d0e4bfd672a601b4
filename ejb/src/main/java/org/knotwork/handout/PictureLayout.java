package org.knotwork.handout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * Places a {@link PictureBlock} in the flow: the drawing as a tagged figure with its alternative text, the side to
 * work marked beside the spot ("R", "L"), and the block's words in a column to its right.
 */
final class PictureLayout {

    static final float GUTTER = 10;

    private final TaggedFlow flow;
    private final HandoutStyle style;

    PictureLayout(TaggedFlow flow, HandoutStyle style) {
        this.flow = flow;
        this.style = style;
    }

    static float height(PictureBlock block, float width) throws DocumentException {
        return Math.max(block.pictureHeight(), beside(block, width - block.pictureWidth() - GUTTER)) + 8;
    }

    private static float beside(PictureBlock block, float width) throws DocumentException {
        float total = 0;
        for (Paragraph words : block.beside()) {
            total += TaggedFlow.measure(words, width);
        }
        return total;
    }

    void place(PictureBlock block) throws DocumentException {
        float left = flow.left();
        float right = flow.right();
        if (flow.room() < height(block, right - left)) {
            flow.newPage();
        }
        flow.continuedLine();
        float top = flow.y() - 2;
        PdfContentByte canvas = flow.canvas();
        PdfTemplate drawing = canvas.createTemplate(block.pictureWidth(), block.pictureHeight());
        drawing.setLiteral(PoseDrawing.operators(block.picture(), block.pictureHeight(), block.mirrored()));
        if (block.sideLabel() != null) {
            label(drawing, block);
        }
        PdfStructureElement figure = new PdfStructureElement(flow.root(), PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(block.alternative(), PdfString.TEXT_UNICODE));
        canvas.beginMarkedContentSequence(figure);
        canvas.addTemplate(drawing, left, top - block.pictureHeight());
        canvas.endMarkedContentSequence();
        flow.column(left + block.pictureWidth() + GUTTER, right, flow.y());
        for (Paragraph words : block.beside()) {
            flow.text(flow.root(), PdfName.P, words);
        }
        float bottom = Math.min(flow.y(), top - block.pictureHeight()) - 6;
        flow.column(left, right, bottom);
    }

    private void label(PdfTemplate drawing, PictureBlock block) {
        float[] spot = PoseDrawing.spot(block.picture(), block.pictureHeight(), block.mirrored());
        float size = style.bold().getSize();
        float dx = block.mirrored() ? -size * 1.2f : size * 0.6f;
        drawing.beginText();
        drawing.setGrayFill(0f);
        drawing.setFontAndSize(style.boldBase(), size);
        drawing.setTextMatrix(Math.max(0, spot[0] + dx), Math.min(block.pictureHeight() - size, spot[1] + size * 0.4f));
        drawing.showText(block.sideLabel());
        drawing.endText();
    }
}
