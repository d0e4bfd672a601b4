package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.safety.DeviationType.COMPRESSION_AFTER_HEAT;
import static org.knotwork.safety.DeviationType.HEAT_BEFORE_STRETCH;
import static org.knotwork.safety.DeviationType.HEAT_WITHOUT_STRETCH;
import static org.knotwork.safety.DeviationType.STRETCH_BEFORE_COMPRESSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;

/**
 * Compression, then stretch, then heat on each point: every order of the three stages, and the repeats around the
 * heat, with the deviations a clinician expects (C compression, S stretch, H heat; each as "seq:TYPE").
 */
class StageOrderTest {

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("CSH", List.of()),
                Arguments.of("CHS", List.of("2:" + HEAT_BEFORE_STRETCH)),
                Arguments.of("SCH", List.of("1:" + STRETCH_BEFORE_COMPRESSION, "3:" + HEAT_WITHOUT_STRETCH)),
                Arguments.of("SHC", List.of("1:" + STRETCH_BEFORE_COMPRESSION, "3:" + COMPRESSION_AFTER_HEAT)),
                Arguments.of("HCS", List.of("1:" + HEAT_BEFORE_STRETCH, "2:" + COMPRESSION_AFTER_HEAT)),
                Arguments.of(
                        "HSC",
                        List.of(
                                "1:" + HEAT_BEFORE_STRETCH,
                                "2:" + STRETCH_BEFORE_COMPRESSION,
                                "3:" + COMPRESSION_AFTER_HEAT)),
                Arguments.of("CSHC", List.of("4:" + COMPRESSION_AFTER_HEAT)),
                Arguments.of("CSHS", List.of("3:" + HEAT_BEFORE_STRETCH)),
                Arguments.of("CSHCSH", List.of("3:" + HEAT_BEFORE_STRETCH, "4:" + COMPRESSION_AFTER_HEAT)),
                Arguments.of("CSCSH", List.of()),
                Arguments.of("CSCH", List.of("4:" + HEAT_WITHOUT_STRETCH)),
                Arguments.of("CSHH", List.of()),
                Arguments.of("CH", List.of("2:" + HEAT_WITHOUT_STRETCH)),
                Arguments.of("H", List.of("1:" + HEAT_WITHOUT_STRETCH)),
                Arguments.of("CS", List.of()),
                Arguments.of("SH", List.of()),
                Arguments.of("C", List.of()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("orders")
    void theStagesInThisOrderShowTheseDeviations(String order, List<String> expected) {
        Client client = TreatmentNoteTest.client();
        TriggerPoint point = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        List<Episode> episodes = new ArrayList<>();
        for (char stage : order.toCharArray()) {
            episodes.add(
                    switch (stage) {
                        case 'C' -> TreatmentNoteTest.compression(2);
                        case 'S' -> TreatmentNoteTest.stretch(false);
                        // 5 minutes, so two heats on a point stay within 10 in all: the order is pinned here, the
                        // session's total in DoseBoundsTest.
                        default -> TreatmentNoteTest.heat(5);
                    });
        }
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.session(Map.of(), new TreatedPoint(point, null, null, null, episodes)),
                TreatmentNoteTest.PRACTICE,
                TreatmentNoteTest.NOW);

        assertThat(note.deviations().stream().map(Deviation::key)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void orderIsJudgedPerPoint() {
        Client client = TreatmentNoteTest.client();
        TriggerPoint first = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        TriggerPoint second = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.INFRASPINATUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        // Heat on the first point, then compression and stretch on the second: each point is in order.
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.session(
                        Map.of(),
                        new TreatedPoint(
                                first,
                                null,
                                null,
                                null,
                                List.of(
                                        TreatmentNoteTest.compression(2),
                                        TreatmentNoteTest.stretch(false),
                                        TreatmentNoteTest.heat(8))),
                        new TreatedPoint(
                                second,
                                null,
                                null,
                                null,
                                List.of(TreatmentNoteTest.compression(2), TreatmentNoteTest.stretch(false)))),
                TreatmentNoteTest.PRACTICE,
                TreatmentNoteTest.NOW);

        assertThat(note.deviations())
                .as("heat on one point does not put another point out of order")
                .isEmpty();
    }
}
