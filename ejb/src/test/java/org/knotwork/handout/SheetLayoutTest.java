package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.client;
import static org.knotwork.handout.HandoutFixtures.content;
import static org.knotwork.handout.HandoutFixtures.pageTexts;
import static org.knotwork.handout.HandoutFixtures.treated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;

/** Where things land on the sheet's pages: what must stay whole, on which page, and what is repeated on the next. */
class SheetLayoutTest {

    static final HomeCare ADVICE = new HomeCare(
            "Well done today. Keep your screen at eye level and take a short break every 30 minutes.",
            Instant.parse("2026-03-09T15:30:00Z"));

    /** Nine points over four muscles: a legend as long as the review's danger-site sheet beside the map. */
    static TreatmentNote ninePoints(Client client, HomeCare homeCare) {
        List<TreatedPoint> points = new ArrayList<>();
        for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
            double x = side == Side.RIGHT ? 0.575 : 0.425;
            points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, side, BodyView.POSTERIOR, x, 0.17, 60));
            points.add(treated(client, BodyMapFixtures.LEVATOR_SCAPULAE, side, BodyView.POSTERIOR, x, 0.15, 60));
            points.add(treated(client, BodyMapFixtures.GLUTEUS_MEDIUS, side, BodyView.POSTERIOR, x, 0.445, 60));
            points.add(treated(client, BodyMapFixtures.GASTROCNEMIUS, side, BodyView.POSTERIOR, x, 0.765, 60));
        }
        points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.RIGHT, BodyView.POSTERIOR, 0.6, 0.18, 60));
        return HandoutFixtures.note(client, homeCare, points);
    }

    /**
     * Each page's text as poppler reads it, artifacts included (the "continued" lines are artifacts, which OpenPDF's
     * extractor leaves out), with runs of white space made single spaces; text beyond the page's edge is left out.
     */
    static List<String> printedPages(byte[] pdf) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sheet", ".pdf");
            java.nio.file.Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            java.nio.file.Files.delete(file);
            return java.util.Arrays.stream(text.split("\f"))
                    .map(page -> page.replaceAll("\\s+", " ").strip())
                    .toList();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("pdftotext (poppler-utils) reads the sheet back", e);
        }
    }

    static Stream<Arguments> sheets() {
        List<Arguments> sheets = new ArrayList<>();
        List<Contraindication[]> conditions = List.of(
                new Contraindication[0],
                new Contraindication[] {Contraindication.CARDIAC},
                new Contraindication[] {Contraindication.ANTICOAGULANTS, Contraindication.OSTEOPOROSIS},
                new Contraindication[] {
                    Contraindication.ANTICOAGULANTS, Contraindication.PREGNANCY, Contraindication.OSTEOPOROSIS
                });
        for (Contraindication[] condition : conditions) {
            for (PaperSize paper : PaperSize.values()) {
                for (PrintSize print : PrintSize.values()) {
                    for (boolean nine : List.of(false, true)) {
                        Client client = client(condition);
                        TreatmentNote note =
                                nine ? ninePoints(client, ADVICE) : HandoutFixtures.typicalNote(client, HomeCare.NONE);
                        String name = (nine ? "nine points" : "typical") + " " + List.of(condition) + " " + paper + " "
                                + print;
                        sheets.add(
                                Arguments.of(name, content(note), new SheetFormat(paper, print, HandoutLanguage.EN)));
                    }
                }
            }
        }
        return sheets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void theSafetyBoxIsWholeOnTheFirstPageWithTheEmergencyLineAndThePhone(
            String name, HandoutContent content, SheetFormat format) {
        List<String> pages = pageTexts(HandoutRenderer.render(content, format));

        assertThat(pages.get(0))
                .as(name)
                .contains(HandoutDocumentTest.says("safety.title"))
                .contains(HandoutDocumentTest.says("safety.stop"))
                .contains(HandoutDocumentTest.says("safety.emergency"))
                .contains("Questions or worries? Call us on 023 9200 0000.");
        if (!name.contains("PREGNANCY") || format.print() == PrintSize.STANDARD) {
            assertThat(String.join(" ", printedPages(HandoutRenderer.render(content, format))))
                    .as(name)
                    .doesNotContain(HandoutDocumentTest.says("safety.title") + " (continued)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void theIntroductionSaysWhereTheHeatAdviceReallyIs(String name, HandoutContent content, SheetFormat format) {
        String text = HandoutFixtures.text(HandoutRenderer.render(content, format));
        String says = HandoutDocumentTest.says("intro.heat", "");
        says = says.substring(0, says.length() - 1);
        int from = text.indexOf(says) + says.length();
        String place = text.substring(from, text.indexOf(".", from));
        int heat = text.indexOf(HandoutDocumentTest.says("heat.title"));
        String caption = HandoutDocumentTest.says("map.caption");

        if (place.equals(HandoutDocumentTest.says("heat.place.ABOVE"))) {
            assertThat(heat).as(name).isGreaterThan(text.indexOf("Call us on")).isLessThan(text.indexOf(says));
        } else {
            assertThat(place)
                    .as(name)
                    .isEqualTo(HandoutDocumentTest.says(
                            format.print() == PrintSize.STANDARD ? "heat.place.BESIDE_MAP" : "heat.place.BELOW_MAP"));
            assertThat(heat).as(name).isEqualTo(text.indexOf(caption) + caption.length() + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void everyPageTheWeeksTableRunsOntoRepeatsItsDaysAndSaysContinued(
            String name, HandoutContent content, SheetFormat format) {
        byte[] pdf = HandoutRenderer.render(content, format);
        List<String> pages = pageTexts(pdf);
        List<String> printed = printedPages(pdf);
        String title = HandoutDocumentTest.says("doses.title");
        String days = HandoutDocumentTest.says("doses.what") + " Tue 3 Wed 4 Thu 5 Fri 6 Sat 7 Sun 8 Mon 9";
        int first = 0;
        while (!pages.get(first).contains(title)) {
            first++;
        }

        assertThat(pages.get(first)).as(name).contains(days);
        for (int page = first + 1; page < pages.size(); page++) {
            assertThat(pages.get(page)).as(name + ", page " + (page + 1)).contains(days);
            assertThat(printed.get(page)).as(name + ", page " + (page + 1)).contains(title + " (continued)");
        }
    }

    /** The typical sheet with the levator's self-pressure written out at length: longer than a page in large print. */
    static HandoutContent longLevator() {
        java.util.Map<String, SelfCareText> texts = new java.util.HashMap<>(HandoutFixtures.TEXTS);
        SelfCareText levator = texts.get("LEVATOR_SCAPULAE");
        texts.put(
                "LEVATOR_SCAPULAE",
                new SelfCareText(
                        String.join(" ", java.util.Collections.nCopies(14, levator.selfPressure())),
                        levator.pressurePosition(),
                        levator.pressureTool(),
                        levator.gentlePressure(),
                        levator.frequency()));
        return content(HandoutFixtures.typicalNote(client(), HomeCare.NONE), texts, HandoutFixtures.STRETCHES);
    }

    @org.junit.jupiter.api.Test
    void aContinuedHeadingWrapsWithinThePageAndKeepsContinued() {
        String text = String.join(
                " ",
                printedPages(HandoutRenderer.render(
                        longLevator(), new SheetFormat(PaperSize.LETTER, PrintSize.LARGE, HandoutLanguage.EN))));

        assertThat(text)
                .contains(
                        "Levator scapulae \u2014 where the neck meets the shoulder blade: right, point 3 (continued)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void noPageEndsWithAHeading(String name, HandoutContent content, SheetFormat format) {
        List<String> pages = pageTexts(HandoutRenderer.render(content, format));
        List<String> headings = new ArrayList<>(List.of(
                HandoutDocumentTest.says("pressure.title"),
                HandoutDocumentTest.says("heat.title"),
                HandoutDocumentTest.says("map.title"),
                HandoutDocumentTest.says("doses.title")));
        for (HandoutContent.MuscleCare muscle : content.muscles()) {
            if (muscle.stretch().stretch() != null) {
                headings.add(HandoutDocumentTest.says(
                        "stretch.title", muscle.stretch().stretch().name()));
            }
        }

        for (int page = 0; page < pages.size() - 1; page++) {
            String words = pages.get(page)
                    .replaceAll(" ?Harbour Street Myotherapy Page \\d+ of \\d+ ?", "")
                    .strip();
            for (String heading : headings) {
                assertThat(words).as(name + ", page " + (page + 1)).doesNotEndWith(heading);
            }
        }
    }

    /** The typical session with the deltoid treated in its front (points 5, 7) and its back (point 6). */
    static HandoutContent deltoidByPart() {
        Client client = client();
        org.knotwork.bodymap.Muscle deltoid =
                BodyMapFixtures.muscle("DELTOID", "Deltoid", org.knotwork.bodymap.Region.SHOULDER);
        List<TreatedPoint> points = new ArrayList<>();
        points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.RIGHT, BodyView.POSTERIOR, 0.575, 0.17, 60));
        points.add(treated(client, BodyMapFixtures.UPPER_TRAPEZIUS, Side.LEFT, BodyView.POSTERIOR, 0.425, 0.17, 60));
        points.add(treated(client, BodyMapFixtures.LEVATOR_SCAPULAE, Side.RIGHT, BodyView.POSTERIOR, 0.56, 0.16, 45));
        points.add(treated(client, BodyMapFixtures.GASTROCNEMIUS, Side.LEFT, BodyView.POSTERIOR, 0.465, 0.765, 90));
        points.add(treated(client, deltoid, Side.RIGHT, BodyView.ANTERIOR, 0.385, 0.21, 60));
        points.add(treated(client, deltoid, Side.RIGHT, BodyView.POSTERIOR, 0.625, 0.21, 60));
        points.add(treated(client, deltoid, Side.LEFT, BodyView.ANTERIOR, 0.615, 0.21, 60));
        java.util.Map<String, SelfCareText> texts = new java.util.HashMap<>(HandoutFixtures.TEXTS);
        texts.put("DELTOID", HandoutFixtures.TEXTS.get("UPPER_TRAPEZIUS"));
        java.util.Map<String, List<HomeStretch>> stretches = new java.util.HashMap<>(HandoutFixtures.STRETCHES);
        stretches.put("DELTOID", HandoutFixtures.STRETCHES.get("UPPER_TRAPEZIUS"));
        return content(HandoutFixtures.note(client, HomeCare.NONE, points), texts, stretches);
    }

    @org.junit.jupiter.api.Test
    void aMuscleTreatedInTwoPartsIsNamedWithThePartAndItsPointsInTheMapListAndTheWeeksTable() {
        String text = HandoutFixtures.text(HandoutRenderer.render(deltoidByPart(), PaperSize.A4));

        String front = "Deltoid \u2014 cap of the shoulder, front part";
        String back = "Deltoid \u2014 cap of the shoulder, back part";
        assertThat(text)
                .contains("5. " + front + " (right)")
                .contains("6. " + back + " (right)")
                .contains("7. " + front + " (left)")
                .contains(front + ": both sides, points 5, 7")
                .contains(back + ": right, point 6")
                .contains(front + " (points 5, 7): press, 30 s \u00D7 2")
                .contains(back + " (point 6): press, 30 s \u00D7 2")
                .contains(front + " (points 5, 7): stretch, 30 s \u00D7 3")
                .contains(back + " (point 6): stretch, 30 s \u00D7 3")
                .contains("Upper trapezius \u2014 top of the shoulder (points 1, 2): press")
                .doesNotContain("top of the shoulder, back part");
    }

    @org.junit.jupiter.api.Test
    void aStepsNumberStandsApartFromItsWordsInEveryPrintSize() {
        for (PrintSize print : PrintSize.values()) {
            String text = String.join(
                    " ",
                    printedPages(HandoutRenderer.render(
                            content(HandoutFixtures.typicalNote(client(), HomeCare.NONE)),
                            new SheetFormat(PaperSize.A4, print, HandoutLanguage.EN))));

            assertThat(text).as(print.name()).contains("1. Sit tall").doesNotContain("1.Sit");
        }
    }

    @org.junit.jupiter.api.Test
    void theWeeksTableNeverSplitsANumberFromItsUnit() {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            for (Contraindication[] condition :
                    List.of(new Contraindication[0], new Contraindication[] {Contraindication.CARDIAC})) {
                List<String> rows = new DoseTable(HandoutRenderer.words(language), HandoutStyle.standard())
                        .rows(content(HandoutFixtures.typicalNote(client(condition), HomeCare.NONE)));

                assertThat(rows)
                        .as(language + " " + List.of(condition))
                        .isNotEmpty()
                        .allSatisfy(row -> assertThat(row)
                                .doesNotContainPattern("\\d (s|min|\u00D7)")
                                .doesNotContainPattern("\u00D7 \\d"));
            }
        }
    }
}
