package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
import org.knotwork.client.Contraindication;

/** Every variant of the sheet passes PDF/UA-1 and PDF/A-2a, checked by veraPDF with zero failed rules. */
class HandoutStandardsTest {

    @Test
    void aStandardA4SheetPassesBoth() throws Exception {
        HandoutContent content = HandoutFixtures.content(
                HandoutFixtures.typicalNote(HandoutFixtures.client(Contraindication.DVT_HISTORY), HomeCare.NONE));
        byte[] pdf = HandoutRenderer.render(content, PaperSize.A4);
        Files.createDirectories(Path.of("target", "handout-samples"));
        Files.write(Path.of("target", "handout-samples", "standards.pdf"), pdf);

        assertThat(PdfStandards.failures(pdf, PdfStandards.UA1)).isEmpty();
        assertThat(PdfStandards.failures(pdf, PdfStandards.A2A)).isEmpty();
    }
}
