package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
import org.knotwork.client.Contraindication;
import org.knotwork.practice.DateRegion;

/** Writes sample handouts to target/handout-samples, to look at (pdftoppm) when the layout changes. */
class HandoutSampleTest {

    @Test
    void samplesAreWrittenForReview() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "handout-samples"));
        HomeCare advice = new HomeCare(
                "Well done today. Keep your screen at eye level and take a short break every 30 minutes.",
                Instant.parse("2026-03-09T15:30:00Z"));
        HandoutContent typical = HandoutFixtures.content(HandoutFixtures.typicalNote(HandoutFixtures.client(), advice));
        HandoutContent careful = HandoutFixtures.content(HandoutFixtures.typicalNote(
                HandoutFixtures.client(
                        Contraindication.ANTICOAGULANTS,
                        Contraindication.DVT_HISTORY,
                        Contraindication.DIABETIC_NEUROPATHY),
                HomeCare.NONE));
        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutRenderer.render(typical, paper);
            Files.write(dir.resolve("typical-" + paper + ".pdf"), pdf);
            assertThat(HandoutFixtures.pages(pdf)).isBetween(2, 5);
        }
        Files.write(dir.resolve("careful-A4.pdf"), HandoutRenderer.render(careful, PaperSize.A4));
        HandoutContent heart = HandoutFixtures.content(HandoutFixtures.typicalNote(
                HandoutFixtures.client(Contraindication.CARDIAC, Contraindication.ANTICOAGULANTS), HomeCare.NONE));
        Files.write(dir.resolve("cardiac-anticoagulants-A4.pdf"), HandoutRenderer.render(heart, PaperSize.A4));
        HandoutContent injuredInTheUk = SheetDatesTest.inCountry(
                RecentInjurySheetTest.issuedAt(
                        RecentInjurySheetTest.injured(RecentInjurySheetTest.INJURED, null),
                        ZoneOffset.UTC,
                        HandoutFixtures.SESSION),
                DateRegion.GB);
        Files.write(dir.resolve("recent-injury-GB-A4.pdf"), HandoutRenderer.render(injuredInTheUk, PaperSize.A4));
    }
}
