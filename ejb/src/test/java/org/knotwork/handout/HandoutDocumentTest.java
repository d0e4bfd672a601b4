package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.client;
import static org.knotwork.handout.HandoutFixtures.content;
import static org.knotwork.handout.HandoutFixtures.text;
import static org.knotwork.handout.HandoutFixtures.typicalNote;

import com.lowagie.text.pdf.PdfReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.OwnStretch;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
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
        return WORDS.text(key, args).replaceAll("[\\s\u00A0]+", " ");
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
    void dosagesAreTheHomeDosesNeverTheSessions() {
        String text = handoutFor();

        assertThat(text)
                .contains("Hold for 30 seconds while breathing calmly, then let go slowly. Do this 2 times.")
                .contains("Hold each stretch for 30 seconds. Do it 3 times.")
                .doesNotContain("Hold for 60 seconds")
                .doesNotContain("Hold for 90 seconds");
    }

    @Test
    void everyMuscleCarriesItsSelfPressureStretchStepsBreathingCueAndFrequency() {
        String text = handoutFor();

        assertThat(text)
                .contains("Pinch the muscle at the top of the shoulder between your thumb and fingers.")
                .contains(says("pressure.rule"))
                .contains("Stretch: Chin-to-armpit stretch with the hand 1. Turn your head 45 degrees away. 2. Pull"
                        + " your nose towards the armpit with your hand.")
                .contains("How often: Two or three times a day, and during breaks from the desk.");
        assertThat(text.split(says("stretch.breathing"), -1)).hasSize(4);
    }

    @Test
    void heatCarriesTheHeatSafetyLines() {
        String text = handoutFor();

        assertThat(text)
                .contains(says("heat.title"))
                .contains("rest a wheat bag on the treated area for 5 to 10 minutes")
                .contains(says("heat.wrap"))
                .contains(says("heat.never"))
                .contains(says("heat.skin"))
                .contains(says("heat.not"))
                .contains(says("intro.heat", says("heat.place.BESIDE_MAP")));
        assertThat(says("heat.wrap")).contains("towel").contains("boiling water");
        assertThat(says("heat.never")).contains("fall asleep");
        assertThat(says("heat.skin")).contains("red, blotchy or blistered");
        assertThat(says("heat.not"))
                .contains("new injury")
                .contains("red, hot or swollen")
                .contains("circulation");
    }

    @Test
    void aClientWithoutContraindicationsGetsNoWarningsThatDoNotConcernThem() {
        String text = handoutFor();

        assertThat(text).doesNotContain(says("safety.intro")).doesNotContain(says("heat.none"));
        assertThat(text).doesNotContain(says("pressure.withheld"));
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

    @ParameterizedTest
    @EnumSource(
            value = Contraindication.class,
            names = {"IMPAIRED_SENSATION", "DIABETIC_NEUROPATHY", "RECENT_TRAUMA", "FEVER"})
    void noHeatAtHomeAndTheHeadingAndIntroductionSaySo(Contraindication condition) {
        String text = handoutFor(condition);

        assertThat(text)
                .contains(says("heat.title.none"))
                .contains(says("heat.none"))
                .contains(says("intro.heat.none", says("heat.place.BESIDE_MAP")))
                .doesNotContain(says("heat.title") + " ")
                .doesNotContain("rest a wheat bag")
                .doesNotContain(says("heat.wrap"))
                .doesNotContain("Finish with heat");
    }

    @Test
    void anticoagulantsGetFingertipPressureOnlyAndAreToldWhy() {
        String text = handoutFor(Contraindication.ANTICOAGULANTS);

        assertThat(text)
                .contains("Reach across with your fingertips to where the neck meets the shoulder blade")
                .doesNotContain("Lean against a tennis ball")
                .contains(says("rule.anticoagulants"));
    }

    /** Every heat time a sheet prints, as written: "5 to 10 minutes", "5 minutes". */
    static java.util.Set<String> heatTimes(String text) {
        java.util.Set<String> times = new java.util.TreeSet<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\d+( to \\d+)? minutes?").matcher(text);
        while (m.find()) {
            times.add(m.group());
        }
        return times;
    }

    @Test
    void aCardiacClientsSheetGivesTheShortHeatTimeInTheBoxAndInTheWeeksTableAndNoOther() {
        String text = handoutFor(Contraindication.CARDIAC);

        assertThat(heatTimes(text)).containsExactly("5 minutes");
        assertThat(text.split("5 minutes only", -1))
                .as("in the box and in the week's table")
                .hasSize(3);
        assertThat(heatTimes(handoutFor())).containsExactly("5 to 10 minutes");
    }

    /**
     * A fever postpones the home care (DOMAIN.md: any session is postponed): the sheet says to start once it has gone,
     * before anything else it asks, and its week is counted from then, not from the day after the session.
     */
    @Test
    void aFeverPostponesTheWholeHomeCareAndItsWeekStartsOnceTheFeverHasGone() {
        String text = handoutFor(Contraindication.FEVER);

        assertThat(text)
                .as("no dated week starting the day after the session")
                .doesNotContain("Tue 3")
                .doesNotContain(says("doses.title"))
                .contains(says("doses.title.postponed"))
                .contains("Day 1")
                .contains("Day 7")
                .doesNotContain(says("heat.title") + " ");
        String start = says("postponed.FEVER");
        assertThat(text).contains(start);
        assertThat(text.indexOf(start))
                .as("said before the introduction asks for pressure and stretches")
                .isLessThan(text.indexOf(says("intro.pressure.all.stretch.all")));
        assertThat(handoutFor()).doesNotContain(start).contains("Tue 3");
        assertThat(handoutFor(Contraindication.CARDIAC)).doesNotContain(start).contains("Tue 3");
    }

    /** The typical session with one more point, on a muscle given plain texts and a standing stretch here. */
    static String handoutWithOneMore(
            Muscle extra,
            Side side,
            BodyView view,
            double x,
            double y,
            Map<Contraindication, Set<Region>> sites,
            Contraindication... conditions) {
        Client client = client(conditions);
        List<TreatedPoint> points = new ArrayList<>(List.of(
                HandoutFixtures.treated(
                        client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.RIGHT, BodyView.POSTERIOR, 0.575, 0.17, 60),
                HandoutFixtures.treated(
                        client, BodyMapFixtures.LEVATOR_SCAPULAE, Side.RIGHT, BodyView.POSTERIOR, 0.56, 0.16, 45),
                HandoutFixtures.treated(
                        client, BodyMapFixtures.GASTROCNEMIUS, Side.LEFT, BodyView.POSTERIOR, 0.465, 0.765, 90)));
        points.add(HandoutFixtures.treated(client, extra, side, view, x, y, 60));
        TreatmentNote note = HandoutFixtures.note(client, HomeCare.NONE, points);
        Map<String, SelfCareText> texts = new HashMap<>(HandoutFixtures.TEXTS);
        texts.put(
                extra.code(),
                new SelfCareText(
                        "Press with your fingers.",
                        BodyPosition.SEATED,
                        PressureTool.HAND,
                        "Press lightly with your fingertips.",
                        "Daily."));
        Map<String, List<HomeStretch>> stretches = new HashMap<>(HandoutFixtures.STRETCHES);
        stretches.put(
                extra.code(),
                List.of(HandoutFixtures.stretch(
                        extra.code() + "_STANDING", "Standing stretch", BodyPosition.STANDING, false, "Stand tall.")));
        HandoutFacts usual = HandoutFixtures.facts(note, sites);
        HandoutContent content = new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                usual.letterhead(),
                                usual.clientName(),
                                usual.therapistName(),
                                usual.precautions(),
                                sites,
                                texts,
                                stretches,
                                usual.frontOrBack(),
                                usual.fixedAt(),
                                null,
                                null));
        return text(HandoutRenderer.render(content, PaperSize.A4));
    }

    /** Pregnancy, the belly treated with the neck and calf: heat on those, never "on the treated area" as a whole. */
    @Test
    void inPregnancyHeatIsGivenOnlyOnTheTreatedAreasAwayFromTheBellyInTheBoxAndTheWeek() {
        String text = handoutWithOneMore(
                BodyMapFixtures.muscle("RECTUS_ABDOMINIS", "Rectus abdominis", Region.ABDOMEN),
                Side.RIGHT,
                BodyView.ANTERIOR,
                0.47,
                0.38,
                Map.of(),
                Contraindication.PREGNANCY);
        String areas = "where the neck meets the shoulder blade; top of the shoulder; calf";

        assertThat(text)
                .doesNotContain("on the treated area")
                .contains(heatByRegion())
                .contains(says("doses.heat.only", 5, 10, areas))
                .doesNotContain(says("doses.heat", 5, 10) + " ")
                .contains(says("rule.pregnancy.heat"));
        assertThat(handoutFor(Contraindication.PREGNANCY))
                .as("no belly or low back treated: heat on the treated area, with the reminder")
                .contains("rest a wheat bag on the treated area")
                .contains(says("rule.pregnancy.heat"));
    }

    /** The typical session's areas that may be warmed, a line per body region from head to foot. */
    static String heatByRegion() {
        return String.join(
                " ",
                says("heat.how.only", "a wheat bag", 5, 10),
                says("heat.area", says("region.HEAD_NECK"), "where the neck meets the shoulder blade"),
                says("heat.area", says("region.SHOULDER"), "top of the shoulder"),
                says("heat.area", says("region.LEG_FOOT"), "calf"));
    }

    /**
     * Pregnancy with many points: the heat box names each area that may be warmed once (two points in the upper
     * trapezius, one "top of the shoulder"), grouped under its body region, and no area heat must not go on (the
     * belly treated here), which the rule's sentence then names.
     */
    @Test
    void inPregnancyTheHeatBoxListsEachAreaOnceByRegionAndNoneHeatMustAvoid() {
        String text = handoutWithOneMore(
                BodyMapFixtures.muscle("RECTUS_ABDOMINIS", "Rectus abdominis", Region.ABDOMEN),
                Side.RIGHT,
                BodyView.ANTERIOR,
                0.47,
                0.38,
                Map.of(),
                Contraindication.PREGNANCY);
        int start = text.indexOf(says("heat.title"));
        String box = text.substring(start, text.indexOf(says("heat.wrap"), start));

        assertThat(box).contains(heatByRegion()).contains(says("rule.pregnancy.heat"));
        assertThat(box.split("top of the shoulder", -1)).as("named once").hasSize(2);
        assertThat(box).doesNotContain(says("region.ABDOMEN")).doesNotContain(WORDS.layName("RECTUS_ABDOMINIS"));
    }

    @Test
    void everyBodyRegionHasItsWordsInEveryShippedLanguage() {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            HandoutWording words = new HandoutWording(Locale.forLanguageTag(language.code()));
            for (Region region : Region.values()) {
                assertThat(words.text("region." + region.name()))
                        .as(language + " " + region)
                        .isNotBlank();
            }
        }
    }

    /** A cancer at the chest, the chest treated with the neck and calf: ask before heat there, as before pressing. */
    @Test
    void nearACancersSiteHeatIsLeftForTheClinicToAdviseLikePressure() {
        String text = handoutWithOneMore(
                BodyMapFixtures.muscle("PECTORALIS_MAJOR", "Pectoralis major", Region.CHEST),
                Side.LEFT,
                BodyView.ANTERIOR,
                0.62,
                0.25,
                Map.of(Contraindication.CANCER_HISTORY, Set.of(Region.CHEST)),
                Contraindication.CANCER_HISTORY);
        String areas = "where the neck meets the shoulder blade; top of the shoulder; calf";

        assertThat(text)
                .doesNotContain("on the treated area")
                .contains(says("rule.cancer.pressure"))
                .contains(heatByRegion())
                .contains(says("doses.heat.only", 5, 10, areas))
                .contains(says("rule.cancer.heat"));
        assertThat(handoutFor(Contraindication.CANCER_HISTORY))
                .as("no site recorded: every point may be near it")
                .contains(says("heat.none"))
                .contains(says("rule.cancer.heat"));
    }

    /** The therapist's own stretch has no drawing, but what to feel and when to stop as a catalogue stretch has. */
    @Test
    void theTherapistsOwnStretchSaysWhatToFeelAndWhenToStopLikeACatalogueStretch() {
        Client client = client();
        OwnStretch own = new OwnStretch(
                "Shoulder shrug and drop",
                List.of("Sit tall.", "Lift both shoulders, then let them drop slowly."),
                BodyPosition.SEATED,
                false);
        TreatmentNote note = HandoutFixtures.note(
                client,
                HomeCare.NONE,
                List.of(HandoutFixtures.treated(
                        client,
                        BodyMapFixtures.UPPER_TRAPEZIUS,
                        Side.RIGHT,
                        BodyView.POSTERIOR,
                        0.575,
                        0.17,
                        60,
                        new HomePlan(null, null, null, null, null, own),
                        false)));
        String text = text(HandoutRenderer.render(content(note), PaperSize.A4));
        int start = text.indexOf("Stretch: Shoulder shrug and drop");
        String section = text.substring(start, text.indexOf("How often", start));

        assertThat(section)
                .contains(says("stretch.own"))
                .contains(says("picture.feel.stretch", "top of the shoulder"))
                .contains(says("picture.stop.stretch"))
                .doesNotContain("Work on your");
    }

    /**
     * Every self-care instruction the client is given says what to feel and when to stop, pictured or not: the gentle
     * fingertip version (blood thinners, reduced sensation, neuropathy), which no drawing shows, as much as the usual
     * one. Each given self-pressure runs from its heading to the stretch's.
     */
    @ParameterizedTest
    @EnumSource(Contraindication.class)
    void everySelfPressureGivenSaysWhatToFeelAndWhenToStop(Contraindication condition) {
        String text = handoutFor(condition);
        String heading = says("pressure.title") + " ";
        int given = 0;
        for (int at = text.indexOf(heading); at >= 0; at = text.indexOf(heading, at + 1)) {
            String section = text.substring(at, text.indexOf(says("stretch.title.none"), at + heading.length()));
            assertThat(section)
                    .as(condition + ": " + section)
                    .containsAnyOf(says("picture.feel.pressure"), says("pressure.feel.gentle"))
                    .contains(says("picture.stop.pressure"));
            given++;
        }
        assertThat(given)
                .as(condition + ": every self-pressure given (each with its dose) was looked at")
                .isEqualTo(text.split(says("pressure.dose", 30, 2), -1).length - 1);
    }

    /**
     * Words a client reads without a clinic's help, and that do not contradict what follows them: no "Gentle
     * self-pressure" heading over "Do not press this muscle yourself", no "intake" or "oncology team", and a week's
     * table that does not ask for a tick "each time" with one box a day for "two or three times a day".
     */
    @Test
    void theSheetsWordsArePlainAndAgreeWithWhatFollowsThem() {
        String dvt = handoutFor(Contraindication.DVT_HISTORY);
        assertThat(dvt)
                .doesNotContain(says("pressure.title") + " " + says("pressure.withheld"))
                .contains(says("pressure.title.none") + " " + says("pressure.withheld"))
                .contains(says("pressure.title") + " Pinch the muscle");
        assertThat(handoutFor(Contraindication.CANCER_HISTORY))
                .doesNotContain("intake")
                .doesNotContainIgnoringCase("oncology")
                .doesNotContain("each time you do it")
                .contains(says("doses.title"));
    }

    /** Spanish: a side that agrees with feminine places ("cara interior del muslo"), a grammatical pressure title. */
    @Test
    void theSpanishSidesAgreeWithEveryPlaceAndThePressureTitleIsGrammatical() {
        HandoutWording spanish = new HandoutWording(Locale.forLanguageTag("es"));

        assertThat(spanish.side(Side.LEFT)).isEqualTo("lado izquierdo");
        assertThat(spanish.text("picture.side", spanish.side(Side.RIGHT))).isEqualTo("Trabaje el lado derecho.");
        assertThat(spanish.text("pressure.title")).doesNotContain("usted mismo");
    }

    /** Neuropathy and a heart condition: "no heat at home" in the heat box, and nowhere "keep heat short and mild". */
    @ParameterizedTest
    @EnumSource(
            value = Contraindication.class,
            names = {"IMPAIRED_SENSATION", "DIABETIC_NEUROPATHY", "RECENT_TRAUMA", "FEVER", "SKIN_LESION"})
    void aHeartConditionsSheetGivesNoHeatAdviceWhereAnotherConditionRulesHeatOut(Contraindication other) {
        String text = handoutFor(Contraindication.CARDIAC, other);

        assertThat(text)
                .contains(says("heat.none"))
                .doesNotContainIgnoringCase("short and mild")
                .doesNotContain("Mild heat")
                .doesNotContain(says("rule.cardiac.heat"))
                .doesNotContain(says("safety.CARDIAC"))
                .contains(says("safety.CARDIAC.heat.none"));
        assertThat(heatTimes(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Contraindication.class)
    void everySheetPrintsOneHeatTimeOrNone(Contraindication condition) {
        assertThat(heatTimes(handoutFor(condition))).as(condition.name()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theWeeksTableListsTheGentleFingertipPressureWhereTheSheetGivesIt() {
        String levator = "Levator scapulae \u2014 where the neck meets the shoulder blade (point 3)";

        assertThat(handoutFor(Contraindication.ANTICOAGULANTS))
                .contains(levator + ": gentle fingertip pressure, 30 s \u00D7 2")
                .doesNotContain(levator + ": press, 30 s");
        assertThat(handoutFor()).contains(levator + ": press, 30 s \u00D7 2");
    }

    @Test
    void afterADeepVeinThrombosisTheLegsAreNotPressedButStillStretched() {
        String text = handoutFor(Contraindication.DVT_HISTORY);

        String calf = text.substring(text.indexOf("Gastrocnemius \u2014 calf: left"));
        assertThat(calf)
                .contains(says("pressure.withheld") + " " + says("rule.dvt.legs"))
                .contains("Stretch: Wall calf stretch, knee straight")
                .doesNotContain("Press with the thumbs into the calf");
        assertThat(text).contains("Pinch the muscle at the top of the shoulder");
    }

    @Test
    void theEmergencyLineNamesTheSignsOfAStrokeAndTheSafetyBoxTheNumberToCall() {
        String text = handoutFor();

        assertThat(text).contains(says("safety.emergency")).contains("Questions or worries? Call us on 023 9200 0000.");
        assertThat(says("safety.emergency"))
                .contains("chest pain")
                .contains("sudden breathlessness")
                .contains("sudden severe headache")
                .contains("face drooping")
                .contains("weakness in an arm")
                .contains("slurred speech")
                .contains("sudden loss of vision");
    }

    @Test
    void eachStretchIsPrintedUnderItsOwnNameWithItsOwnSteps() {
        String text = handoutFor();

        assertThat(text)
                .contains("Stretch: Ear-to-shoulder stretch 1. Sit tall and hold the seat of the chair.")
                .contains("Stretch: Wall calf stretch, knee straight 1. Face a wall.");
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

    /** A PNG of one bit a pixel: 8000 × 8000 of them compress to a few hundred KiB. */
    static byte[] png(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_BINARY),
                "png",
                out);
        return out.toByteArray();
    }

    static HandoutContent withLogo(byte[] logo) {
        HandoutContent plain = content(typicalNote(client(), HomeCare.NONE));
        return new HandoutContent(
                new HandoutContent.Letterhead("Harbour Street Myotherapy", null, logo, "023 9200 0000"),
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
                plain.fixedAt(),
                plain.traumaNotBefore(),
                plain.dateRegion());
    }

    /** The pixel widths of the images the PDF embeds. */
    static java.util.List<Integer> imageWidths(byte[] pdf) throws Exception {
        java.util.List<Integer> widths = new java.util.ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        for (int i = 1; i < reader.getXrefSize(); i++) {
            com.lowagie.text.pdf.PdfObject object = reader.getPdfObject(i);
            if (object instanceof com.lowagie.text.pdf.PdfStream stream
                    && com.lowagie.text.pdf.PdfName.IMAGE.equals(stream.get(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                widths.add(
                        stream.getAsNumber(com.lowagie.text.pdf.PdfName.WIDTH).intValue());
            }
        }
        reader.close();
        return widths;
    }

    @Test
    void thePracticeLogoIsPrintedInTheLetterhead() throws Exception {
        HandoutContent plain = content(typicalNote(client(), HomeCare.NONE));

        assertThat(imageWidths(HandoutRenderer.render(withLogo(png(120, 40)), PaperSize.A4)))
                .containsExactly(120);
        assertThat(imageWidths(HandoutRenderer.render(plain, PaperSize.A4))).isEmpty();
    }

    @Test
    void aLargeLogoIsEmbeddedScaledDownToPrintSizeNotAsItsRawPixels() throws Exception {
        byte[] pdf = HandoutRenderer.render(withLogo(png(2000, 1000)), PaperSize.A4);

        assertThat(imageWidths(pdf))
                .singleElement()
                .satisfies(width -> assertThat(width).isBetween(300, 750));
    }

    @Test
    void aLogoStoredBeforeItsSizeWasCheckedIsLeftOffTheSheetInsteadOfFailingIt() throws Exception {
        byte[] huge = png(8000, 8000);
        byte[] truncated = java.util.Arrays.copyOf(png(120, 40), 40);

        for (byte[] logo : new byte[][] {huge, truncated}) {
            byte[] pdf = HandoutRenderer.render(withLogo(logo), PaperSize.A4);

            assertThat(imageWidths(pdf)).isEmpty();
            assertThat(text(pdf)).contains("Harbour Street Myotherapy");
        }
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
