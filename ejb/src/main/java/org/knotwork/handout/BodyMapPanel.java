package org.knotwork.handout;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.bodymap.BodyView;
import org.knotwork.handout.HandoutContent.MarkedPoint;

/**
 * The client's body map on the handout: front and back outlines side by side, each treated point a black disc with
 * its number in white, so it survives black-and-white printing and reads on a phone.
 */
final class BodyMapPanel {

    static final float FIGURE_HEIGHT = 236f;
    private static final float GAP = 18f;
    private static final float LABEL = 16f;
    private static final float DISC = 6.5f;

    private BodyMapPanel() {}

    static Image draw(PdfContentByte page, List<MarkedPoint> points, HandoutWording words, BaseFont bold)
            throws BadElementException {
        float figure = BodyOutline.width(FIGURE_HEIGHT);
        float width = 2 * figure + GAP;
        float height = FIGURE_HEIGHT + 2 * LABEL;
        PdfTemplate canvas = page.createTemplate(width, height);
        float top = height - LABEL;
        figure(canvas, 0, top, true, points, words, bold);
        figure(canvas, figure + GAP, top, false, points, words, bold);
        return Image.getInstance(canvas);
    }

    private static void figure(
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
        label(canvas, bold, 10, words.text(front ? "map.front" : "map.back"), centre, top + 5);
        // Facing us, the client's right is on our left; from behind, on our right.
        String leftSide = words.text(front ? "map.right" : "map.left");
        String rightSide = words.text(front ? "map.left" : "map.right");
        label(canvas, bold, 10, leftSide, outline.px(0.30), top - FIGURE_HEIGHT - 12);
        label(canvas, bold, 10, rightSide, outline.px(0.70), top - FIGURE_HEIGHT - 12);
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
    private static float[] clearOf(List<float[]> placed, float[] at) {
        if (free(placed, at)) {
            return at;
        }
        for (int ring = 1; ring <= 4; ring++) {
            float distance = ring * (2 * DISC + 2);
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

    private static boolean free(List<float[]> placed, float[] at) {
        return placed.stream().noneMatch(p -> Math.hypot(p[0] - at[0], p[1] - at[1]) < 2 * DISC + 1);
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

    private static void disc(PdfTemplate canvas, BaseFont bold, float x, float y, int number) {
        canvas.saveState();
        canvas.setGrayFill(0f);
        canvas.setGrayStroke(1f);
        canvas.setLineWidth(1.2f);
        canvas.circle(x, y, DISC);
        canvas.fillStroke();
        canvas.beginText();
        canvas.setGrayFill(1f);
        float size = number > 9 ? 6.5f : 8f;
        canvas.setFontAndSize(bold, size);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(number), x, y - size * 0.35f, 0);
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
