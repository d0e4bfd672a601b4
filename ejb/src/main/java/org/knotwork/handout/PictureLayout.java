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

    /**
     * The side to work ("R", "L") level with the spot: in a side view just in front of it, in a front view beyond the
     * figure on the spot's side, where it is not lost on the head or trunk; on a white ground either way, so that a
     * line of the drawing never crosses it.
     */
    private void label(PdfTemplate drawing, PictureBlock block) {
        float[] at = labelAt(block, style);
        float x = at[0];
        float y = at[1];
        float width = at[2];
        float size = style.bold().getSize();
        drawing.saveState();
        drawing.setGrayFill(1f);
        drawing.rectangle(x - 1, y - size * 0.25f, width + 2, size * 1.05f);
        drawing.fill();
        drawing.restoreState();
        drawing.beginText();
        drawing.setGrayFill(0f);
        drawing.setFontAndSize(style.boldBase(), size);
        drawing.setTextMatrix(x, y);
        drawing.showText(block.sideLabel());
        drawing.endText();
    }

    /** Where the side label's baseline starts in the drawing's box, and its width: x, y, width. */
    static float[] labelAt(PictureBlock block, HandoutStyle style) {
        float[] spot = PoseDrawing.spot(block.picture(), block.pictureHeight(), block.mirrored());
        float size = style.bold().getSize();
        float width = style.boldBase().getWidthPoint(block.sideLabel(), size);
        float x = spot[0] + (block.mirrored() ? -size * 1.2f : size * 0.6f);
        float y = spot[1] + size * 0.4f;
        if (block.picture().pose().front()) {
            float[] beside = beside(block, spot, size, width);
            x = beside[0];
            y = beside[1];
        }
        x = Math.max(0, Math.min(block.pictureWidth() - width, x));
        y = Math.max(0, Math.min(block.pictureHeight() - size, y));
        return new float[] {x, y, width};
    }

    /**
     * Beyond the figure at the spot's height, on the spot's side if there is room, else the other; where the figure
     * fills the box's width there (lying across it), above or below it at the spot.
     */
    private static float[] beside(PictureBlock block, float[] spot, float size, float width) {
        float box = block.pictureWidth();
        float[] across = PoseDrawing.span(
                block.picture(),
                block.pictureHeight(),
                block.mirrored(),
                true,
                spot[1] - size * 0.6f,
                spot[1] + size * 0.6f);
        boolean roomRight = across == null || across[1] + 3 + width <= box;
        boolean roomLeft = across == null || across[0] - 3 - width >= 0;
        if (across == null || roomLeft || roomRight) {
            boolean right = across == null || (spot[0] >= (across[0] + across[1]) / 2 ? roomRight : !roomLeft);
            float x = across == null ? spot[0] : right ? across[1] + 3 : across[0] - 3 - width;
            return new float[] {x, spot[1] - size * 0.35f};
        }
        float x = Math.max(0, Math.min(box - width, spot[0] - width / 2));
        float[] upDown =
                PoseDrawing.span(block.picture(), block.pictureHeight(), block.mirrored(), false, x, x + width);
        float above = upDown[1] + 3 + size * 0.25f;
        return new float[] {x, above + size <= block.pictureHeight() ? above : upDown[0] - 3 - size * 0.8f};
    }
}
