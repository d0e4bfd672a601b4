package org.knotwork.handout;

import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A standing human figure in outline, drawn as vector paths on the body-map coordinates the charting uses: x across
 * the frame (0 left, 1 right), y from the top of the head (0) to the soles (1), the midline at x = 0.5. Only the band
 * {@link #LEFT}..{@link #RIGHT} of the frame holds the body, so that band is what is drawn.
 */
final class BodyOutline {

    static final double LEFT = 0.25;
    static final double RIGHT = 0.75;

    /**
     * The viewer's left half of the silhouette, from the crown down the outside of the arm, back up its inside, down
     * the flank and the outside of the leg, round the foot and up the inside of the leg to the crotch; the right half
     * is its mirror image. Hands hang beside the thighs, palms in.
     */
    private static final double[][] HALF = {
        {0.500, 0.000}, {0.472, 0.008}, {0.457, 0.035}, {0.456, 0.070}, {0.466, 0.100}, {0.478, 0.118},
        {0.476, 0.142}, {0.440, 0.160}, {0.400, 0.175}, {0.378, 0.192}, {0.366, 0.220}, {0.356, 0.265},
        {0.346, 0.315}, {0.333, 0.370}, {0.322, 0.425}, {0.312, 0.452}, {0.306, 0.485}, {0.316, 0.505},
        {0.330, 0.500}, {0.336, 0.470}, {0.342, 0.440}, {0.352, 0.385}, {0.364, 0.325}, {0.373, 0.275},
        {0.380, 0.250}, {0.384, 0.300}, {0.392, 0.360}, {0.390, 0.410}, {0.386, 0.460}, {0.392, 0.510},
        {0.398, 0.580}, {0.405, 0.650}, {0.414, 0.715}, {0.413, 0.770}, {0.422, 0.850}, {0.434, 0.935},
        {0.432, 0.975}, {0.440, 0.995}, {0.472, 0.998}, {0.474, 0.960}, {0.468, 0.900}, {0.470, 0.830},
        {0.476, 0.760}, {0.480, 0.700}, {0.482, 0.630}, {0.488, 0.560}, {0.500, 0.525}
    };

    /** Handouts use two figures; the bound only guards against a layout that would place them anywhere. */
    private static final int MAX_DRAWN = 16;

    private static final Map<Figure, String> DRAWN = new ConcurrentHashMap<>();

    private final PdfContentByte canvas;
    private final float left;
    private final float top;
    private final float height;

    /** Draws into a box whose top-left corner is ({@code left}, {@code top}) in PDF units, {@code height} tall. */
    BodyOutline(PdfContentByte canvas, float left, float top, float height) {
        this.canvas = canvas;
        this.left = left;
        this.top = top;
        this.height = height;
    }

    /** The width of the drawn band for this height: the frame is square, the band half of it. */
    static float width(float height) {
        return (float) ((RIGHT - LEFT) * height);
    }

    float px(double x) {
        return (float) (left + (x - LEFT) * height);
    }

    float py(double y) {
        return (float) (top - y * height);
    }

    /**
     * Draws the figure. Its operators depend only on the view and the box, which are the same on every handout, so
     * they are written out once per view and box and copied after that: formatting the outline's hundred curves was
     * about a seventh of a handout's CPU. The copy is byte for byte what drawing it would write, so a signed note's
     * handout keeps its hash.
     */
    void draw(boolean front) {
        Figure figure = new Figure(front, left, top, height);
        String operators = DRAWN.get(figure);
        if (operators == null) {
            operators = operators(figure);
            if (DRAWN.size() < MAX_DRAWN) {
                DRAWN.putIfAbsent(figure, operators);
            }
        }
        canvas.setLiteral(operators);
    }

    /** The view and the box a figure is drawn in. */
    private record Figure(boolean front, float left, float top, float height) {}

    private static String operators(Figure figure) {
        PdfContentByte scratch = new PdfContentByte(null);
        new BodyOutline(scratch, figure.left(), figure.top(), figure.height()).drawOperators(figure.front());
        return new String(scratch.toPdf(null), StandardCharsets.ISO_8859_1);
    }

    void drawOperators(boolean front) {
        canvas.saveState();
        canvas.setLineWidth(1.1f);
        canvas.setGrayStroke(0f);
        canvas.setGrayFill(0.96f);
        silhouette();
        canvas.fillStroke();
        canvas.setLineWidth(0.6f);
        canvas.setGrayStroke(0.45f);
        if (front) {
            frontLandmarks();
        } else {
            backLandmarks();
        }
        canvas.restoreState();
    }

    /** A smooth closed curve through the outline's points (Catmull-Rom, as cubic Béziers). */
    private void silhouette() {
        int n = HALF.length;
        double[][] ring = new double[2 * n - 2][];
        for (int i = 0; i < n; i++) {
            ring[i] = HALF[i];
        }
        for (int i = 1; i < n - 1; i++) {
            ring[n - 1 + i] = new double[] {1 - HALF[n - 1 - i][0], HALF[n - 1 - i][1]};
        }
        int m = ring.length;
        canvas.moveTo(px(ring[0][0]), py(ring[0][1]));
        for (int i = 0; i < m; i++) {
            double[] p0 = ring[(i - 1 + m) % m];
            double[] p1 = ring[i];
            double[] p2 = ring[(i + 1) % m];
            double[] p3 = ring[(i + 2) % m];
            canvas.curveTo(
                    px(p1[0] + (p2[0] - p0[0]) / 6),
                    py(p1[1] + (p2[1] - p0[1]) / 6),
                    px(p2[0] - (p3[0] - p1[0]) / 6),
                    py(p2[1] - (p3[1] - p1[1]) / 6),
                    px(p2[0]),
                    py(p2[1]));
        }
        canvas.closePath();
    }

    private void frontLandmarks() {
        line(0.442, 0.168, 0.492, 0.176);
        line(0.558, 0.168, 0.508, 0.176);
        canvas.circle(px(0.5), py(0.395), 0.006f * height);
        canvas.stroke();
        arc(0.447, 0.718, 0.012);
        arc(0.553, 0.718, 0.012);
    }

    private void backLandmarks() {
        line(0.5, 0.150, 0.5, 0.470);
        line(0.430, 0.205, 0.445, 0.290);
        line(0.570, 0.205, 0.555, 0.290);
        line(0.5, 0.470, 0.5, 0.515);
        line(0.455, 0.535, 0.494, 0.535);
        line(0.545, 0.535, 0.506, 0.535);
        line(0.432, 0.728, 0.468, 0.728);
        line(0.568, 0.728, 0.532, 0.728);
    }

    private void line(double x1, double y1, double x2, double y2) {
        canvas.moveTo(px(x1), py(y1));
        canvas.lineTo(px(x2), py(y2));
        canvas.stroke();
    }

    private void arc(double x, double y, double r) {
        canvas.circle(px(x), py(y), (float) (r * height));
        canvas.stroke();
    }
}
