package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.platform.RuleViolationException;

/**
 * Names and notes typed in five writing systems come back from the printed sheet exactly as typed, read with poppler's
 * pdftotext as a client's PDF reader would; a character the font cannot print is refused, named, never dropped.
 */
class ScriptsRoundTripTest {

    static final List<String> TYPED = List.of(
            "Zoë O'Brien-Núñez wrote ≤ 10 min.",
            "Łucja Øster-Dvořák, Kraków",
            "Nguyễn Thị Hương, Đà Nẵng",
            "Ελένη Παπαδοπούλου, Θεσσαλονίκη",
            "Дмитрий Иванов, Санкт-Петербург");

    static HandoutContent typedIn(String clientName, String therapistName, String note) {
        HandoutContent plain = HandoutFixtures.content(
                HandoutFixtures.typicalNote(HandoutFixtures.client(Contraindication.ANTICOAGULANTS), HomeCare.NONE));
        return new HandoutContent(
                new Letterhead("Κέντρο Φυσικοθεραπείας Łódź", "Тел. 023 9200 0000", null, "023 9200 0000"),
                clientName,
                therapistName,
                plain.sessionDate(),
                plain.points(),
                plain.muscles(),
                plain.heat(),
                plain.precautions(),
                note,
                plain.nextAppointment(),
                plain.preview(),
                plain.noteId(),
                plain.fixedAt(),
                plain.traumaNotBefore(),
                plain.dateRegion());
    }

    @Test
    void namesAndNotesInFiveScriptsComeBackExactlyAsTyped() throws Exception {
        HandoutContent content = typedIn("Nguyễn Thị Hương", "Дмитрий Иванов", String.join("\n", TYPED));
        Path pdf = Files.createDirectories(Path.of("target", "handout-samples")).resolve("five-scripts.pdf");
        Files.write(pdf, HandoutRenderer.render(content, PaperSize.A4));

        List<String> lines = pdftotext(pdf);

        assertThat(lines).containsAll(TYPED);
        assertThat(lines)
                .contains("For: Nguyễn Thị Hương", "Therapist: Дмитрий Иванов")
                .contains("Κέντρο Φυσικοθεραπείας Łódź", "Тел. 023 9200 0000");
    }

    @Test
    void aCharacterTheFontCannotPrintIsRefusedByNameNotDropped() {
        assertThatThrownBy(() -> HandoutRenderer.render(typedIn("王芳", "Jo Bloggs", null), PaperSize.A4))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("The client's name contains \u201C王\u201D (U+738B")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("clientName");
        assertThatThrownBy(() -> HandoutRenderer.render(typedIn("Zoë", "Jo", "Call me 📞"), PaperSize.A4))
                .hasMessageContaining("The note for the client contains")
                .hasMessageContaining("U+1F4DE");
        assertThatThrownBy(() -> HandoutRenderer.render(typedIn("שרה לוי", "Jo", null), PaperSize.A4))
                .hasMessageContaining("U+05E9");
    }

    @Test
    void sheetsInThePromisedScriptsCarryTheSameFontProgramsMadeOncePerJvm() throws Exception {
        TreatmentNote note =
                HandoutFixtures.typicalNote(HandoutFixtures.client(Contraindication.ANTICOAGULANTS), HomeCare.NONE);
        byte[] typical = HandoutRenderer.render(HandoutFixtures.content(note), PaperSize.A4);
        byte[] otherTypical = HandoutRenderer.render(
                HandoutFixtures.content(note, HandoutFixtures.SPANISH, HandoutFixtures.SPANISH_STRETCHES),
                new SheetFormat(PaperSize.LETTER, PrintSize.LARGE, HandoutLanguage.ES));
        byte[] vietnamese = HandoutRenderer.render(typedIn("Nguyễn Thị Hương", "Jo Bloggs", null), PaperSize.A4);
        byte[] fiveScripts = HandoutRenderer.render(
                typedIn("Nguyễn Thị Hương", "Дмитрий Иванов", String.join("\n", TYPED)), PaperSize.A4);

        assertThat(fontPrograms(typical)).isEqualTo(fontPrograms(otherTypical));
        assertThat(fontPrograms(vietnamese)).isEqualTo(fontPrograms(fiveScripts));
        // Two repertoires: European Latin, and every promised script; a sheet carries the smaller one it fits in.
        assertThat(fontPrograms(typical)).isNotEqualTo(fontPrograms(vietnamese));
        assertThat(fontNames(typical)).containsExactlyInAnyOrder("KNWREG+LiberationSans", "KNWBLD+LiberationSans-Bold");
    }

    @Test
    void aLetterTheFontHasBeyondThePromisedScriptsStillPrintsAndGivesTheSameFileEachTime() throws Exception {
        HandoutContent content = typedIn("Zoë", "Jo", "Small capital \u1D00 as typed");

        byte[] first = HandoutRenderer.render(content, PaperSize.A4);
        Path pdf = Files.createDirectories(Path.of("target", "handout-samples")).resolve("beyond-scripts.pdf");
        Files.write(pdf, first);

        assertThat(HandoutRenderer.render(content, PaperSize.A4)).isEqualTo(first);
        assertThat(pdftotext(pdf)).contains("Small capital \u1D00 as typed");
        assertThat(fontNames(first)).containsExactlyInAnyOrder("KNWREG+LiberationSans", "KNWBLD+LiberationSans-Bold");
    }

    /** The embedded font programs (FontFile2), as stored (compressed), in the order of the file. */
    private static List<String> fontPrograms(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> programs = new java.util.ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary font && font.get(PdfName.FONTFILE2) != null) {
                PRStream program = (PRStream) PdfReader.getPdfObject(font.get(PdfName.FONTFILE2));
                programs.add(java.util.HexFormat.of()
                        .formatHex(HandoutRenderer.sha256(PdfReader.getStreamBytesRaw(program))));
            }
        }
        return programs;
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary font && font.get(PdfName.FONTFILE2) != null) {
                names.add(PdfName.decodeName(font.getAsName(PdfName.FONTNAME).toString()));
            }
        }
        return names;
    }

    /** The sheet's text as poppler reads it, line by line, in reading order. */
    static List<String> pdftotext(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "pdftotext (Debian package poppler-utils) is needed to read the sheet back; .ci/run installs it.",
                    e);
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines()
                .map(String::strip)
                .flatMap(line -> java.util.Arrays.stream(line.split("\\s{3,}")))
                .toList();
    }
}
