package org.knotwork.handout;

import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knotwork.handout.Picture.Arrow;
import org.knotwork.handout.Picture.Prop;

/**
 * Draws a {@link Picture} as vector line art: furniture in light grey, the far limbs in grey, the trunk, head and near
 * limbs as black-outlined white strokes, the spot to work as a dark disc and the movement as a black arrow. Only
 * black, greys and white, so it prints on any printer. A picture's operators depend only on the picture, its side and
 * its size, so they are written once per JVM and copied into each sheet (as {@link BodyOutline} does).
 */
final class PoseDrawing {

    private static final Map<Drawn, String> DRAWN = new ConcurrentHashMap<>();
    private static final int MAX_DRAWN = 512;

    private final PdfContentByte canvas;
    private final double scale;
    private final boolean mirrored;

    private PoseDrawing(PdfContentByte canvas, double scale, boolean mirrored) {
        this.canvas = canvas;
        this.scale = scale;
        this.mirrored = mirrored;
    }

    /** The operators drawing {@code picture} in a box {@code height} points high, its left edge at 0, bottom at 0. */
    static String operators(Picture picture, float height, boolean mirrored) {
        Drawn drawn = new Drawn(picture, height, mirrored);
        String operators = DRAWN.get(drawn);
        if (operators == null) {
            operators = fresh(picture, height, mirrored);
            if (DRAWN.size() < MAX_DRAWN) {
                DRAWN.putIfAbsent(drawn, operators);
            }
        }
        return operators;
    }

    /** The same, drawn afresh and not kept. */
    static String fresh(Picture picture, float height, boolean mirrored) {
        PdfContentByte scratch = new PdfContentByte(null);
        new PoseDrawing(scratch, height, mirrored).draw(picture);
        return new String(scratch.toPdf(null), StandardCharsets.ISO_8859_1);
    }

    /** Where the spot to work lands in the box, for the side label. */
    static float[] spot(Picture picture, float height, boolean mirrored) {
        double[] at = picture.spot().at(picture.pose().joints());
        PoseDrawing drawing = new PoseDrawing(null, height, mirrored);
        return new float[] {drawing.x(at[0]), drawing.y(at[1])};
    }

    /** The figure's bones as chains of joints, for {@link #span}. */
    private static final List<List<String>> BONES = List.of(
            List.of("pelvis", "chest", "neck", "head"),
            List.of("rShoulder", "chest", "lShoulder"),
            List.of("rHip", "pelvis", "lHip"),
            List.of("rShoulder", "rElbow", "rHand"),
            List.of("lShoulder", "lElbow", "lHand"),
            List.of("rHip", "rKnee", "rAnkle", "rToe"),
            List.of("lHip", "lKnee", "lAnkle", "lToe"));

    /**
     * How far the figure reaches in the box, its head and limbs' width included, across a band: left and right between
     * the heights {@code from} and {@code to} (points from the box's bottom), or, {@code upright} false, down and up
     * between those x positions. A front view's side label goes beyond it, not on the body. Null when nothing of the
     * figure is in the band.
     */
    static float[] span(Picture picture, float height, boolean mirrored, boolean upright, float from, float to) {
        PoseDrawing drawing = new PoseDrawing(null, height, mirrored);
        Map<String, double[]> joints = picture.pose().joints();
        float reach = (float) (Pose.HEAD * height);
        float[] span = {Float.MAX_VALUE, -Float.MAX_VALUE};
        for (List<String> chain : BONES) {
            for (int n = 0; n + 1 < chain.size(); n++) {
                double[] a = joints.get(chain.get(n));
                double[] b = joints.get(chain.get(n + 1));
                for (int step = 0; step <= 20; step++) {
                    float x = drawing.x(a[0] + (b[0] - a[0]) * step / 20);
                    float y = drawing.y(a[1] + (b[1] - a[1]) * step / 20);
                    float along = upright ? y : x;
                    float across = upright ? x : y;
                    if (along + reach >= from && along - reach <= to) {
                        span[0] = Math.min(span[0], across - reach);
                        span[1] = Math.max(span[1], across + reach);
                    }
                }
            }
        }
        return span[0] > span[1] ? null : span;
    }

    private float x(double x) {
        return (float) ((mirrored ? Picture.WIDTH - x : x) * scale);
    }

    private float y(double y) {
        return (float) ((1 - y) * scale);
    }

    private void draw(Picture picture) {
        Map<String, double[]> j = picture.pose().joints();
        canvas.saveState();
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (Prop prop : picture.props()) {
            prop(prop);
        }
        float limb = (float) (0.045 * scale);
        limbs(j, "l", limb, 0.55f);
        if (picture.pose().front()) {
            torso(j, limb);
        } else {
            segment(j.get("pelvis"), j.get("chest"), limb * 1.9f, 0f);
            segment(j.get("pelvis"), j.get("chest"), limb * 1.9f - 2.4f, 1f);
        }
        segment(j.get("chest"), j.get("neck"), limb, 0f);
        segment(j.get("chest"), j.get("neck"), limb - 2.4f, 1f);
        head(j.get("head"));
        if (!picture.pose().front()) {
            nose(j.get("head"), picture.pose().head());
        }
        limbs(j, "r", limb, 0f);
        spot(picture.spot().at(j));
        if (picture.arrow() != null) {
            arrow(picture.arrow(), picture.spot().at(j));
        }
        canvas.restoreState();
    }

    /** Arm and leg of one side: outline first, then the white inside, so joints read as one smooth limb. */
    private void limbs(Map<String, double[]> j, String side, float width, float grey) {
        String[][] chains = {{"Shoulder", "Elbow", "Hand"}, {"Hip", "Knee", "Ankle", "Toe"}};
        for (float[] pass : new float[][] {{width, grey}, {width - 2.4f, 1f}}) {
            for (String[] chain : chains) {
                canvas.setLineWidth(chain[0].equals("Hip") ? pass[0] * 1.15f : pass[0]);
                canvas.setGrayStroke(pass[1]);
                double[] first = j.get(side + chain[0]);
                canvas.moveTo(x(first[0]), y(first[1]));
                for (int i = 1; i < chain.length; i++) {
                    double[] next = j.get(side + chain[i]);
                    canvas.lineTo(x(next[0]), y(next[1]));
                }
                canvas.stroke();
            }
        }
    }

    private void torso(Map<String, double[]> j, float width) {
        double[][] corners = {j.get("rShoulder"), j.get("lShoulder"), j.get("lHip"), j.get("rHip")};
        for (float[] pass : new float[][] {{width, 0f}, {width - 2.4f, 1f}}) {
            canvas.setLineWidth(pass[0]);
            canvas.setGrayStroke(pass[1]);
            canvas.setGrayFill(1f);
            canvas.moveTo(x(corners[0][0]), y(corners[0][1]));
            for (int i = 1; i < corners.length; i++) {
                canvas.lineTo(x(corners[i][0]), y(corners[i][1]));
            }
            canvas.closePath();
            canvas.fillStroke();
        }
    }

    private void segment(double[] a, double[] b, float width, float grey) {
        canvas.setLineWidth(width);
        canvas.setGrayStroke(grey);
        canvas.moveTo(x(a[0]), y(a[1]));
        canvas.lineTo(x(b[0]), y(b[1]));
        canvas.stroke();
    }

    private void head(double[] centre) {
        canvas.setLineWidth(1.2f);
        canvas.setGrayStroke(0f);
        canvas.setGrayFill(1f);
        canvas.circle(x(centre[0]), y(centre[1]), (float) (Pose.HEAD * scale));
        canvas.fillStroke();
    }

    /**
     * A short stroke where the face points, a quarter turn forward of the neck: without it a stick figure lying on its
     * back and one lying face down look alike, and which of the two a client is shown matters in pregnancy.
     */
    private void nose(double[] centre, double headAngle) {
        double[] from = Pose.along(centre, headAngle - 90, Pose.HEAD);
        double[] to = Pose.along(centre, headAngle - 90, Pose.HEAD + 0.028);
        canvas.setLineWidth(1.6f);
        canvas.setGrayStroke(0f);
        line(from[0], from[1], to[0], to[1]);
    }

    private void spot(double[] at) {
        canvas.setGrayFill(0.25f);
        canvas.setGrayStroke(0f);
        canvas.setLineWidth(1f);
        canvas.circle(x(at[0]), y(at[1]), (float) (0.03 * scale));
        canvas.fillStroke();
    }

    private void arrow(Arrow arrow, double[] spot) {
        double x1 = arrow.fromSpot() ? spot[0] + arrow.x1() : arrow.x1();
        double y1 = arrow.fromSpot() ? spot[1] + arrow.y1() : arrow.y1();
        double x2 = arrow.fromSpot() ? spot[0] + arrow.x2() : arrow.x2();
        double y2 = arrow.fromSpot() ? spot[1] + arrow.y2() : arrow.y2();
        float ax = x(x1);
        float ay = y(y1);
        float bx = x(x2);
        float by = y(y2);
        canvas.setLineWidth(1.6f);
        canvas.setGrayStroke(0f);
        canvas.setGrayFill(0f);
        canvas.moveTo(ax, ay);
        canvas.lineTo(bx, by);
        canvas.stroke();
        double angle = Math.atan2(by - ay, bx - ax);
        float head = (float) (0.05 * scale);
        canvas.moveTo(bx, by);
        canvas.lineTo((float) (bx - head * Math.cos(angle - 0.45)), (float) (by - head * Math.sin(angle - 0.45)));
        canvas.lineTo((float) (bx - head * Math.cos(angle + 0.45)), (float) (by - head * Math.sin(angle + 0.45)));
        canvas.closePath();
        canvas.fill();
    }

    private void prop(Prop prop) {
        double[] v = prop.values();
        canvas.setLineWidth(1.4f);
        canvas.setGrayStroke(0.6f);
        switch (prop.kind()) {
            case FLOOR -> line(0.02, v[0], Picture.WIDTH - 0.02, v[0]);
            case WALL -> line(v[0], 0.02, v[0], 0.975);
            case DOOR -> {
                line(v[0], 0.02, v[0], 0.975);
                line(v[0] + 0.05, 0.02, v[0] + 0.05, 0.975);
            }
            case CHAIR -> {
                double back = v[0];
                double seat = v[1];
                double front = back + 0.24 * v[2];
                line(back, seat, front, seat);
                line(back, seat, back, seat - 0.30);
                line(back, seat, back, 0.975);
                line(front, seat, front, 0.975);
            }
            case TABLE -> {
                line(v[0], v[2], v[1], v[2]);
                line(v[0] + 0.03, v[2], v[0] + 0.03, 0.975);
                line(v[1] - 0.03, v[2], v[1] - 0.03, 0.975);
            }
            case BED -> {
                double bottom = v.length > 3 ? v[3] : 0.975;
                canvas.rectangle(x(Math.min(v[0], v[1])), y(bottom), Math.abs(x(v[1]) - x(v[0])), y(v[2]) - y(bottom));
                canvas.stroke();
            }
            case PILLOW -> {
                float w = (float) (0.16 * scale);
                float h = (float) (0.07 * scale);
                canvas.setGrayFill(0.92f);
                canvas.roundRectangle(x(v[0]) - w / 2, y(v[1]) - h / 2, w, h, h / 2);
                canvas.fillStroke();
            }
            case BALL -> {
                canvas.setGrayFill(0.85f);
                canvas.circle(x(v[0]), y(v[1]), (float) (v[2] * scale));
                canvas.fillStroke();
            }
            case TOWEL -> {
                canvas.setLineWidth(2f);
                canvas.setGrayStroke(0.45f);
                line(v[0], v[1], v[2], v[3]);
            }
        }
    }

    private void line(double x1, double y1, double x2, double y2) {
        canvas.moveTo(x(x1), y(y1));
        canvas.lineTo(x(x2), y(y2));
        canvas.stroke();
    }

    /**
     * What a drawing is kept under: the picture itself (the catalogue's pictures are made once, so a picture is equal
     * only to itself), its height and its side. A name chosen by the caller once mislabelled a muscle's second stretch
     * as its first, and the sheet showed the hand on the head beside words saying to let the head's own weight work.
     */
    private record Drawn(Picture picture, float height, boolean mirrored) {}
}
