package org.knotwork.handout;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.bodymap.BodyView;
import org.knotwork.handout.HandoutContent.MarkedPoint;

/**
 * The client's body map on the handout: front and back outlines side by side, each treated point a black disc with
 * its number in white, so it survives black-and-white printing and reads on a phone. Numbers and labels are set at
 * the sheet's body size (12 pt, 16 pt in large print). Drawn into a form that the sheet places as one tagged figure.
 */
final class BodyMapPanel {

    static final float FIGURE_HEIGHT = 236f;
    private static final float GAP = 18f;

    private final float size;
    private final float disc;
    private final float label;

    private BodyMapPanel(float size) {
        this.size = size;
        this.disc = size * 0.72f;
        this.label = size + 6;
    }

    static PdfTemplate draw(PdfContentByte page, List<MarkedPoint> points, HandoutWording words, HandoutStyle style) {
        return new BodyMapPanel(style.body().getSize()).template(page, points, words, style.boldBase());
    }

    /** The drawing's width, the same in every print size. */
    static float width() {
        return 2 * BodyOutline.width(FIGURE_HEIGHT) + GAP;
    }

    /** The drawing's height with its labels, which grow with the print. */
    static float height(HandoutStyle style) {
        return FIGURE_HEIGHT + 2 * new BodyMapPanel(style.body().getSize()).label;
    }

    private PdfTemplate template(PdfContentByte page, List<MarkedPoint> points, HandoutWording words, BaseFont bold) {
        float figure = BodyOutline.width(FIGURE_HEIGHT);
        float width = width();
        float height = FIGURE_HEIGHT + 2 * label;
        PdfTemplate canvas = page.createTemplate(width, height);
        float top = height - label;
        figure(canvas, 0, top, true, points, words, bold);
        figure(canvas, figure + GAP, top, false, points, words, bold);
        return canvas;
    }

    private void figure(
            PdfTemplate canvas,
            float left,
            float top,
            boolean front,
            List<MarkedPoint> points,
            HandoutWording words,
            BaseFont bold) {
        BodyOutline outline = new BodyOutline(canvas, left, top, FIGURE_HEIGHT);
        outline.draw(front);
        float centre = outline.px(0.5);
        label(canvas, bold, size, words.text(front ? "map.front" : "map.back"), centre, top + 5);
        // Facing us, the client's right is on our left; from behind, on our right.
        String leftSide = words.text(front ? "map.right" : "map.left");
        String rightSide = words.text(front ? "map.left" : "map.right");
        label(canvas, bold, size, leftSide, outline.px(0.30), top - FIGURE_HEIGHT - size - 2);
        label(canvas, bold, size, rightSide, outline.px(0.70), top - FIGURE_HEIGHT - size - 2);
        BodyView view = front ? BodyView.ANTERIOR : BodyView.POSTERIOR;
        List<float[]> placed = new ArrayList<>();
        for (MarkedPoint point : points) {
            if (point.view() == view) {
                double x = Math.max(BodyOutline.LEFT + 0.02, Math.min(BodyOutline.RIGHT - 0.02, point.x()));
                float[] at = {outline.px(x), outline.py(point.y())};
                float[] disc = clearOf(placed, at);
                if (disc != at) {
                    leader(canvas, at, disc);
                }
                placed.add(disc);
                disc(canvas, bold, disc[0], disc[1], point.number());
            }
        }
    }

    /**
     * Where a disc can go without covering one already drawn: on the point itself if free, otherwise the nearest free
     * spot on widening rings around it, joined to the point by a leader line.
     */
    private float[] clearOf(List<float[]> placed, float[] at) {
        if (free(placed, at)) {
            return at;
        }
        for (int ring = 1; ring <= 4; ring++) {
            float distance = ring * (2 * disc + 2);
            for (int step = 0; step < 8; step++) {
                double angle = Math.PI / 4 * step + Math.PI / 8;
                float[] candidate = {
                    (float) (at[0] + distance * Math.cos(angle)), (float) (at[1] + distance * Math.sin(angle))
                };
                if (free(placed, candidate)) {
                    return candidate;
                }
            }
        }
        return at;
    }

    private boolean free(List<float[]> placed, float[] at) {
        return placed.stream().noneMatch(p -> Math.hypot(p[0] - at[0], p[1] - at[1]) < 2 * disc + 1);
    }

    private static void leader(PdfTemplate canvas, float[] from, float[] to) {
        canvas.saveState();
        canvas.setGrayFill(0f);
        canvas.setGrayStroke(0f);
        canvas.setLineWidth(0.8f);
        canvas.circle(from[0], from[1], 1.8f);
        canvas.fill();
        canvas.moveTo(from[0], from[1]);
        canvas.lineTo(to[0], to[1]);
        canvas.stroke();
        canvas.restoreState();
    }

    private void disc(PdfTemplate canvas, BaseFont bold, float x, float y, int number) {
        canvas.saveState();
        canvas.setGrayFill(0f);
        canvas.setGrayStroke(1f);
        canvas.setLineWidth(1.2f);
        canvas.circle(x, y, disc);
        canvas.fillStroke();
        canvas.beginText();
        canvas.setGrayFill(1f);
        float text = number > 9 ? size * 0.8f : size;
        canvas.setFontAndSize(bold, text);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(number), x, y - text * 0.35f, 0);
        canvas.endText();
        canvas.restoreState();
    }

    private static void label(PdfTemplate canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setGrayFill(0f);
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }
}
