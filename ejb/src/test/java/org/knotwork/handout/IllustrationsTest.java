package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.knotwork.handout.Picture.Kind;

/**
 * Every catalogue muscle has a picture of its reviewed self-pressure and every catalogue stretch a picture of itself,
 * each drawing the position the review gives it, and all of them drawable inside their box on either side.
 */
class IllustrationsTest {

    /** Catalogue stretches with no picture, because none can be drawn faithfully in the pose language. */
    private static final Set<String> UNDRAWN = Set.of();

    static Set<String> catalogue() throws Exception {
        String sql = Files.readString(Path.of("..", "sql", "V3__muscle_catalogue.sql"));
        Matcher code =
                Pattern.compile("^    \\('([A-Z_]+)', '", Pattern.MULTILINE).matcher(sql);
        Set<String> codes = new TreeSet<>();
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    @Test
    void everyCatalogueStretchHasAPictureInItsReviewedPosition() throws Exception {
        Map<String, String> stretches = ReviewedCatalogue.read().stretchPositions();
        assertThat(stretches).hasSize(80);
        assertThat(stretches.keySet()).containsAll(UNDRAWN);
        for (var stretch : stretches.entrySet()) {
            if (UNDRAWN.contains(stretch.getKey())) {
                assertThat(Illustrations.stretch(stretch.getKey()))
                        .as(stretch.getKey())
                        .isEmpty();
                continue;
            }
            Picture picture = Illustrations.stretch(stretch.getKey())
                    .orElseThrow(() -> new AssertionError("No picture of the stretch " + stretch.getKey()));
            assertThat(picture.position().name()).as(stretch.getKey()).isEqualTo(stretch.getValue());
        }
    }

    @Test
    void aMuscleCodeOrAStretchInTheTherapistsOwnWordsHasNoStretchPicture() {
        assertThat(Illustrations.stretch("DELTOID")).isEmpty();
        assertThat(Illustrations.stretch(null)).isEmpty();
    }

    @Test
    void everyMusclesPressurePictureShowsItsReviewedPositionAndABallOnlyWhereTheReviewSaysBall() throws Exception {
        Map<String, String[]> pressures = ReviewedCatalogue.read().pressures();
        assertThat(pressures.keySet()).isEqualTo(catalogue());
        for (var muscle : pressures.entrySet()) {
            Picture picture = Illustrations.pressure(muscle.getKey())
                    .orElseThrow(() -> new AssertionError("No self-pressure picture of " + muscle.getKey()));
            assertThat(picture.position().name()).as(muscle.getKey()).isEqualTo(muscle.getValue()[0]);
            if (picture.shows(Kind.BALL)) {
                assertThat(muscle.getValue()[1])
                        .as("ball in the picture of " + muscle.getKey())
                        .isEqualTo("BALL");
            }
        }
    }

    @Test
    void everyPictureDrawsThePositionItSaysItShows() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (var picture : pictures().entrySet()) {
            soft.assertThat(DrawnPosition.of(picture.getValue()))
                    .as(picture.getKey())
                    .isEqualTo(picture.getValue().position());
        }
        soft.assertAll();
    }

    @Test
    void everyPictureDrawsInsideItsBoxOnBothSides() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (var entry : pictures().entrySet()) {
            Picture picture = entry.getValue();
            for (var joint : picture.pose().joints().entrySet()) {
                String where = entry.getKey() + " " + joint.getKey();
                double margin = joint.getKey().equals("head") ? Pose.HEAD - 0.001 : 0;
                soft.assertThat(joint.getValue()[0]).as(where + " x").isBetween(margin, Picture.WIDTH - margin);
                soft.assertThat(joint.getValue()[1]).as(where + " y").isBetween(margin, 1.0);
            }
            Picture.Arrow arrow = picture.arrow();
            if (arrow != null) {
                double[] spot = picture.spot().at(picture.pose().joints());
                for (double[] end : new double[][] {{arrow.x1(), arrow.y1()}, {arrow.x2(), arrow.y2()}}) {
                    double x = arrow.fromSpot() ? spot[0] + end[0] : end[0];
                    double y = arrow.fromSpot() ? spot[1] + end[1] : end[1];
                    soft.assertThat(x).as(entry.getKey() + " arrow x").isBetween(0.0, Picture.WIDTH);
                    soft.assertThat(y).as(entry.getKey() + " arrow y").isBetween(0.0, 1.0);
                }
            }
            for (boolean mirrored : new boolean[] {false, true}) {
                float[] spot = PoseDrawing.spot(picture, 100, mirrored);
                assertThat(spot[0]).as(entry.getKey() + " " + mirrored).isBetween(0f, (float) (Picture.WIDTH * 100));
                assertThat(spot[1]).as(entry.getKey() + " " + mirrored).isBetween(0f, 100f);
                assertThat(PoseDrawing.operators(picture, 100, mirrored)).contains(" l");
            }
        }
        soft.assertAll();
    }

    /** Every picture by "MUSCLE/pressure" or "STRETCH_CODE/stretch". */
    static Map<String, Picture> pictures() throws Exception {
        ReviewedCatalogue reviewed = ReviewedCatalogue.read();
        Map<String, Picture> all = new LinkedHashMap<>();
        for (String muscle : catalogue()) {
            Illustrations.pressure(muscle).ifPresent(p -> all.put(muscle + "/pressure", p));
        }
        for (String stretch : reviewed.stretchPositions().keySet()) {
            Illustrations.stretch(stretch).ifPresent(p -> all.put(stretch + "/stretch", p));
        }
        return all;
    }

    /** A contact sheet of every picture, to look at (target/handout-samples/pictures.pdf). */
    @Test
    void aContactSheetIsWrittenForReview() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "handout-samples")).resolve("pictures.pdf");
        Document document = new Document(PageSize.A4, 20, 20, 20, 20);
        try (FileOutputStream file = new FileOutputStream(out.toFile())) {
            PdfWriter writer = PdfWriter.getInstance(document, file);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            BaseFont font = HandoutFonts.liberation().regular();
            int i = 0;
            for (var entry : pictures().entrySet()) {
                int cell = i % 20;
                if (i > 0 && cell == 0) {
                    document.newPage();
                }
                float x = 25 + (cell % 4) * 140;
                float y = 700 - (cell / 4) * 160;
                canvas.saveState();
                canvas.concatCTM(1, 0, 0, 1, x, y);
                canvas.setLiteral(PoseDrawing.operators(entry.getValue(), 100, false));
                canvas.restoreState();
                canvas.beginText();
                canvas.setFontAndSize(font, 6);
                canvas.setTextMatrix(x, y - 10);
                canvas.showText(entry.getKey());
                canvas.setTextMatrix(x, y - 18);
                canvas.showText(entry.getValue().position().name());
                canvas.endText();
                i++;
            }
            document.close();
        }
        assertThat(out).exists();
    }
}
