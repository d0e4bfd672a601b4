package org.knotwork.handout;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A typical handout (four points in three muscles, one precaution, a personal note) composed and laid out as the
 * tagged PDF/UA and PDF/A sheet with its drawings and the week's table, beside the floor: a bare OpenPDF document with
 * the same text in as many pages, in the same embedded subset font, with as many curves and discs and the same step
 * drawings, untagged, with no layout beyond paragraphs. Both in one run, so the machine's load affects both alike.
 */
@State(Scope.Benchmark)
public class HandoutBenchmark {

    private TreatmentNote note;
    private List<List<String>> pages;
    private Font font;
    private List<String> pictures;

    @Setup
    public void prepare() throws Exception {
        note = HandoutFixtures.typicalNote(
                HandoutFixtures.client(Contraindication.ANTICOAGULANTS),
                new HomeCare("Keep your screen at eye level.", HandoutFixtures.SESSION.plusSeconds(7 * 86400)));
        byte[] handout = handout();
        PdfReader reader = new PdfReader(handout);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(List.of(extractor.getTextFromPage(page).split("\n")));
        }
        // The same embedded, subset Unicode font as the sheet (loaded once here, as the sheet loads it once per JVM).
        byte[] liberation = HandoutBenchmark.class
                .getClassLoader()
                .getResourceAsStream("liberation/LiberationSans-Regular.ttf")
                .readAllBytes();
        BaseFont embedded =
                BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, true, false, liberation, null);
        embedded.setIncludeCidSet(false);
        font = new Font(embedded, 12f);
        HandoutContent content = HandoutFixtures.content(note);
        pictures = new ArrayList<>();
        for (HandoutContent.MuscleCare muscle : content.muscles()) {
            // The same pictures as the sheet draws: the usual self-pressure's, and the printed catalogue stretch's.
            if (!muscle.pressure().withheld() && !muscle.pressure().gentle()) {
                pictures.add(PoseDrawing.operators(
                        Illustrations.pressure(muscle.muscleCode()).orElseThrow(),
                        96f,
                        false));
            }
            HomeStretch stretch = muscle.stretch().stretch();
            if (stretch != null && !stretch.isTherapistsOwn()) {
                Illustrations.stretch(stretch.code())
                        .ifPresent(picture ->
                                pictures.add(PoseDrawing.operators(picture, 96f, false)));
            }
        }
        int floorPages = new PdfReader(floor()).getNumberOfPages();
        if (floorPages != pages.size()) {
            throw new IllegalStateException(
                    "The floor has " + floorPages + " pages, the handout " + pages.size() + "; they must match.");
        }
    }

    @Benchmark
    public byte[] handout() {
        return HandoutRenderer.render(HandoutFixtures.content(note), PaperSize.A4);
    }

    @Benchmark
    public byte[] floor() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        drawing(writer.getDirectContent());
        for (List<String> page : pages) {
            for (String line : page) {
                document.add(new Paragraph(12f, line, font));
            }
            document.newPage();
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * Two closed outlines of 92 Bézier segments each, 16 landmark lines and four numbered discs, like the map, and the
     * sheet's step drawings, copied as the sheet copies them.
     */
    private void drawing(PdfContentByte canvas) {
        for (String picture : pictures) {
            canvas.saveState();
            canvas.setLiteral(picture);
            canvas.restoreState();
        }
        for (int figure = 0; figure < 2; figure++) {
            float left = 60 + figure * 140;
            canvas.moveTo(left, 700);
            for (int i = 0; i < 92; i++) {
                double a = 2 * Math.PI * i / 92;
                canvas.curveTo(left + 5, 700 - i, left + 10, 690 - i, left + 50 + (float) (40 * Math.cos(a)), 560
                        + (float) (120 * Math.sin(a)));
            }
            canvas.closePath();
            canvas.fillStroke();
            for (int i = 0; i < 8; i++) {
                canvas.moveTo(left + i * 10, 600);
                canvas.lineTo(left + i * 10, 620);
                canvas.stroke();
            }
        }
        for (int i = 0; i < 4; i++) {
            canvas.circle(100 + i * 30, 650, 6.5f);
            canvas.fill();
            canvas.beginText();
            canvas.setFontAndSize(font.getBaseFont(), 8);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(i + 1), 100 + i * 30, 647, 0);
            canvas.endText();
        }
    }
}
