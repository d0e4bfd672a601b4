package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
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
                plain.fixedAt());
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
