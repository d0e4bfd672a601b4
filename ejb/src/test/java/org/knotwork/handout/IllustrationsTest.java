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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every catalogue muscle has a picture of its self-pressure position and of its stretch, both drawable. */
class IllustrationsTest {

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
    void everyCatalogueMuscleHasAPressureAndAStretchPicture() throws Exception {
        Set<String> catalogue = catalogue();
        assertThat(catalogue).hasSize(53);
        for (String muscle : catalogue) {
            assertThat(Illustrations.pressure(muscle))
                    .as("self-pressure picture of " + muscle)
                    .isPresent();
            assertThat(Illustrations.stretch(muscle))
                    .as("stretch picture of " + muscle)
                    .isPresent();
        }
    }

    @Test
    void everyPictureDrawsInsideItsBoxOnBothSides() throws Exception {
        for (String muscle : catalogue()) {
            for (Picture picture : List.of(
                    Illustrations.pressure(muscle).orElseThrow(),
                    Illustrations.stretch(muscle).orElseThrow())) {
                for (boolean mirrored : new boolean[] {false, true}) {
                    float[] spot = PoseDrawing.spot(picture, 100, mirrored);
                    assertThat(spot[0]).as(muscle + " " + mirrored).isBetween(0f, (float) (Picture.WIDTH * 100));
                    assertThat(spot[1])
                            .as(muscle + " " + mirrored + " " + spot[1])
                            .isBetween(0f, 100f);
                    assertThat(PoseDrawing.operators(muscle, picture, 100, mirrored))
                            .contains(" l");
                }
            }
        }
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
            for (String muscle : catalogue()) {
                for (String kind : List.of("pressure", "stretch")) {
                    Picture picture = (kind.equals("pressure")
                                    ? Illustrations.pressure(muscle)
                                    : Illustrations.stretch(muscle))
                            .orElseThrow();
                    int cell = i % 20;
                    if (i > 0 && cell == 0) {
                        document.newPage();
                    }
                    float x = 25 + (cell % 4) * 140;
                    float y = 700 - (cell / 4) * 160;
                    canvas.saveState();
                    canvas.concatCTM(1, 0, 0, 1, x, y);
                    canvas.setLiteral(PoseDrawing.operators(muscle + "/" + kind, picture, 100, false));
                    canvas.restoreState();
                    canvas.beginText();
                    canvas.setFontAndSize(font, 7);
                    canvas.setTextMatrix(x, y - 10);
                    canvas.showText(muscle + " " + kind);
                    canvas.endText();
                    i++;
                }
            }
            document.close();
        }
        assertThat(out).exists();
    }
}
