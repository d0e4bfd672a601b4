package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;

/**
 * Every variant of the sheet passes PDF/UA-1 and PDF/A-2a, checked by veraPDF with zero failed rules: issued and
 * preview, A4 and Letter, standard and large print, each shipped language, and a sheet in five writing systems. The
 * variants are also written to target/handout-samples for a look (docs/handouts.md).
 */
class HandoutStandardsTest {

    static Map<String, byte[]> variants() {
        HomeCare advice = new HomeCare(
                "Keep your screen at eye level and take a short break every 30 minutes.",
                Instant.parse("2026-03-09T15:30:00Z"));
        TreatmentNote note = HandoutFixtures.typicalNote(
                HandoutFixtures.client(Contraindication.DVT_HISTORY, Contraindication.ANTICOAGULANTS), advice);
        HandoutContent preview = HandoutFixtures.content(note);
        HandoutContent issued = HandoutFixtures.issued(preview);
        HandoutContent spanish = HandoutFixtures.issued(
                HandoutFixtures.content(note, HandoutFixtures.SPANISH, HandoutFixtures.SPANISH_STRETCHES));
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("issued-A4", HandoutRenderer.render(issued, PaperSize.A4));
        variants.put("issued-LETTER", HandoutRenderer.render(issued, PaperSize.LETTER));
        variants.put("preview-A4", HandoutRenderer.render(preview, PaperSize.A4));
        for (HandoutLanguage language : HandoutLanguage.values()) {
            for (PrintSize print : PrintSize.values()) {
                variants.put(
                        "issued-" + print + "-" + language.code(),
                        HandoutRenderer.render(
                                language == HandoutLanguage.ES ? spanish : issued,
                                new SheetFormat(PaperSize.A4, print, language)));
            }
        }
        variants.put(
                "five-scripts",
                HandoutRenderer.render(
                        HandoutFixtures.issued(ScriptsRoundTripTest.typedIn(
                                "Nguyễn Thị Hương", "Дмитрий Иванов", String.join("\n", ScriptsRoundTripTest.TYPED))),
                        PaperSize.A4));
        return variants;
    }

    @Test
    void everyVariantPassesPdfUa1AndPdfA2aWithNoFailedRule() throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "handout-samples"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> variant : variants().entrySet()) {
            Files.write(samples.resolve(variant.getKey() + ".pdf"), variant.getValue());
            PdfStandards.failures(variant.getValue(), PdfStandards.UA1)
                    .forEach(f -> failures.add(variant.getKey() + " PDF/UA-1 " + f));
            PdfStandards.failures(variant.getValue(), PdfStandards.A2A)
                    .forEach(f -> failures.add(variant.getKey() + " PDF/A-2a " + f));
        }

        assertThat(failures).isEmpty();
    }
}
