package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.client;
import static org.knotwork.handout.HandoutFixtures.content;
import static org.knotwork.handout.HandoutFixtures.text;
import static org.knotwork.handout.HandoutFixtures.typicalNote;

import com.lowagie.text.pdf.PdfReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.charting.HomeCare;
import org.knotwork.client.Contraindication;

/** The handout's PDF as a client reads it: its text extracted, page by page. */
class HandoutDocumentTest {

    static final HandoutWording WORDS = HandoutWording.english();

    static String handoutFor(Contraindication... contraindications) {
        return text(
                HandoutRenderer.render(content(typicalNote(client(contraindications), HomeCare.NONE)), PaperSize.A4));
    }

    /** A sentence of the wording bundle, as it appears in the extracted text. */
    static String says(String key, Object... args) {
        return WORDS.text(key, args).replaceAll("\\s+", " ");
    }

    @Test
    void eachTreatedPointIsListedByNumberWithItsMuscleAndSide() {
        String text = handoutFor();

        assertThat(text)
                .contains("1. Upper trapezius \u2014 top of the shoulder (right)")
                .contains("2. Upper trapezius \u2014 top of the shoulder (left)")
                .contains("3. Levator scapulae \u2014 where the neck meets the shoulder blade (right)")
                .contains("4. Gastrocnemius \u2014 calf (left)")
                .contains("Upper trapezius \u2014 top of the shoulder: both sides, points 1, 2")
                .contains("Gastrocnemius \u2014 calf: left, point 4");
    }

    @Test
    void dosagesAreTheSessionsHoldTimesAndRepetitions() {
        String text = handoutFor();

        assertThat(text)
                .contains("Hold for 60 seconds while breathing calmly, then let go slowly. Do this 2 times.")
                .contains("Hold for 45 seconds")
                .contains("Hold for 90 seconds")
                .contains("Hold each stretch for 30 seconds. Do it 3 times.");
    }

    @Test
    void everyMuscleCarriesItsSelfPressureStretchStepsBreathingCueAndFrequency() {
        String text = handoutFor();

        assertThat(text)
                .contains("Pinch the muscle at the top of the shoulder between your thumb and fingers.")
                .contains(says("pressure.rule"))
                .contains("Stretch: Chin-to-armpit stretch")
                .contains("Turn your head 45 degrees away.")
                .contains("Bow your nose towards the armpit.")
                .contains("How often: Two or three times a day, and during breaks from the desk.");
        assertThat(text.split(says("stretch.breathing"), -1)).hasSize(4);
    }

    @Test
    void heatIsForFiveToTenMinutesWithTheSessionsModalityWrappedWithSkinChecks() {
        String text = handoutFor();

        assertThat(text)
                .contains("rest a wheat bag on the treated area for 5 to 10 minutes")
                .contains(says("heat.wrap"))
                .contains(says("heat.skin"));
    }

    @Test
    void aClientWithoutContraindicationsGetsNoWarningsThatDoNotConcernThem() {
        String text = handoutFor();

        assertThat(text).doesNotContain(says("safety.intro")).doesNotContain(says("heat.none"));
        assertThat(text).doesNotContain(says("pressure.none", WORDS.text("safety.title"), 1));
        for (Contraindication c : Contraindication.values()) {
            assertThat(text).as(c.name()).doesNotContain(says("safety." + c.name()));
        }
        assertThat(text).contains(says("safety.stop")).contains(says("safety.emergency"));
    }

    @ParameterizedTest
    @EnumSource(Contraindication.class)
    void eachContraindicationBringsItsOwnPrecautionAndNoOther(Contraindication contraindication) {
        String text = handoutFor(contraindication);

        assertThat(text).contains(says("safety.intro")).contains(says("safety." + contraindication.name()));
        EnumSet.complementOf(EnumSet.of(contraindication))
                .forEach(other -> assertThat(text).as(other.name()).doesNotContain(says("safety." + other.name())));
    }

    @Test
    void impairedSensationOrNeuropathyMeansNoHomeHeat() {
        for (Contraindication c :
                new Contraindication[] {Contraindication.IMPAIRED_SENSATION, Contraindication.DIABETIC_NEUROPATHY}) {
            String text = handoutFor(c);

            assertThat(text).as(c.name()).contains(says("heat.none")).doesNotContain("rest a wheat bag");
        }
    }

    @Test
    void anticoagulantsAskForVeryGentlePressureOnly() {
        assertThat(handoutFor(Contraindication.ANTICOAGULANTS)).contains("use very gentle pressure only, never firm");
    }

    @Test
    void afterADeepVeinThrombosisTheLegsAreNotPressedButStillStretched() {
        String text = handoutFor(Contraindication.DVT_HISTORY);

        String calf = text.substring(text.indexOf("Gastrocnemius \u2014 calf: left"));
        assertThat(calf)
                .contains(says("pressure.none", WORDS.text("safety.title"), 1))
                .contains("Stretch: Wall calf stretch, knee straight");
        assertThat(calf).doesNotContain("Hold for 90 seconds");
        assertThat(text).contains("Hold for 60 seconds");
    }

    @Test
    void theTherapistsNoteAndNextAppointmentArePrintedWhenGiven() {
        HomeCare advice = new HomeCare("Keep the screen at eye level.", Instant.parse("2026-03-09T15:30:00Z"));
        String given = text(HandoutRenderer.render(content(typicalNote(client(), advice)), PaperSize.A4));
        String none = handoutFor();

        assertThat(given)
                .contains(says("note.title"))
                .contains("Keep the screen at eye level.")
                .contains("Your next appointment: March 9, 2026, 3:30 PM");
        assertThat(none).doesNotContain(says("note.title")).doesNotContain("next appointment");
    }

    @Test
    void theHeaderNamesThePracticeClientSessionDateAndTherapist() {
        assertThat(handoutFor())
                .contains("Harbour Street Myotherapy")
                .contains("Tel 023 9200 0000")
                .contains("For: Zoë O'Brien")
                .contains("Session: March 2, 2026")
                .contains("Therapist: Jo Bloggs");
    }

    @Test
    void thePracticeLogoIsPrintedInTheLetterhead() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        HandoutContent plain = content(typicalNote(client(), HomeCare.NONE));
        HandoutContent withLogo = new HandoutContent(
                new HandoutContent.Letterhead("Harbour Street Myotherapy", null, png.toByteArray()),
                plain.clientName(),
                plain.therapistName(),
                plain.sessionDate(),
                plain.points(),
                plain.muscles(),
                plain.heat(),
                plain.precautions(),
                plain.personalNote(),
                plain.nextAppointment(),
                plain.preview(),
                plain.noteId(),
                plain.fixedAt());

        String pdf = new String(
                HandoutRenderer.render(withLogo, PaperSize.A4), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(pdf).contains("/Subtype/Image");
        assertThat(new String(
                        HandoutRenderer.render(plain, PaperSize.A4), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("/Subtype/Image");
    }

    @Test
    void aDraftsHandoutIsMarkedAsAPreview() {
        String text = handoutFor();

        assertThat(text).contains(says("preview.banner"));
    }

    @Test
    void aTypicalHandoutWithItsPicturesAndWeekFillsAtMostFivePagesOfA4OrLetter() throws Exception {
        HandoutContent typical = content(typicalNote(client(), HomeCare.NONE));
        for (PaperSize paper : PaperSize.values()) {
            PdfReader pdf = new PdfReader(HandoutRenderer.render(typical, paper));

            assertThat(pdf.getNumberOfPages()).as(paper.name()).isBetween(3, 5);
            assertThat(pdf.getPageSize(1).getWidth()).isEqualTo(paper == PaperSize.A4 ? 595f : 612f);
            assertThat(pdf.getPageSize(1).getHeight()).isEqualTo(paper == PaperSize.A4 ? 842f : 792f);
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws Exception {
        HandoutContent typical = content(typicalNote(client(), HomeCare.NONE));

        byte[] first = HandoutRenderer.render(typical, PaperSize.A4);
        Thread.sleep(1100);
        byte[] again = HandoutRenderer.render(typical, PaperSize.A4);

        assertThat(Arrays.equals(first, again)).isTrue();
        assertThat(Arrays.equals(first, HandoutRenderer.render(typical, PaperSize.LETTER)))
                .isFalse();
    }
}
