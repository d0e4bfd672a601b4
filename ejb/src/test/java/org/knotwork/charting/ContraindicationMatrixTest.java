package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;

/**
 * Each contraindication against a point in each region of the body (and the groin, inner thigh and calf, which the
 * rules name apart), the point treated in full — firm compression (6/10), a stretch, heat with the skin checked —
 * with the client lying face down. The expected deviations are written out below from DOMAIN.md's safety table,
 * not read from the rule set, so a rule that goes missing or strays fails here. No site is recorded for the
 * conditions at a site, so every point counts.
 */
class ContraindicationMatrixTest {

    static final List<Muscle> PLACES = ContraindicationMatrixFixtures.PLACES;

    /** contraindication | the places (* for all) | the deviations a clinician expects there. */
    static final String EXPECTED = """
            ANTICOAGULANTS      | *  | FIRM_COMPRESSION_ON_ANTICOAGULANTS
            IMPAIRED_SENSATION  | *  | FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION HEAT_WITH_IMPAIRED_SENSATION
            DIABETIC_NEUROPATHY | *  | FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION HEAT_WITH_IMPAIRED_SENSATION
            DVT_HISTORY         | RECTUS_FEMORIS ADDUCTOR_MAGNUS TIBIALIS_ANTERIOR GASTROCNEMIUS | LEG_COMPRESSION_AFTER_DVT
            PREGNANCY           | *  | FACE_DOWN_IN_PREGNANCY
            PREGNANCY           | RECTUS_ABDOMINIS ILIOPSOAS ADDUCTOR_MAGNUS | COMPRESSION_AT_PREGNANCY_SITE
            PREGNANCY           | RECTUS_ABDOMINIS | HEAT_ON_ABDOMEN_IN_PREGNANCY
            SKIN_LESION         | *  | TREATED_OVER_SKIN_LESION
            RECENT_TRAUMA       | *  | TREATED_AT_INJURY_SITE
            FEVER               | *  | SESSION_DURING_FEVER
            CARDIAC             | *  | HEAT_WITH_CARDIAC_CONDITION
            CANCER_HISTORY      | *  | TREATED_NEAR_CANCER_SITE
            OSTEOPOROSIS        | *  | FIRM_COMPRESSION_WITH_OSTEOPOROSIS
            """;

    static Set<String> expected(Contraindication condition, Muscle place) {
        return EXPECTED.lines()
                .map(line -> line.split("\\|"))
                .filter(cells -> cells[0].strip().equals(condition.name()))
                .filter(cells -> cells[1].strip().equals("*")
                        || Arrays.asList(cells[1].strip().split("\\s+")).contains(place.code()))
                .flatMap(cells -> Arrays.stream(cells[2].strip().split("\\s+")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Stream<Arguments> pairs() {
        return Arrays.stream(Contraindication.values())
                .flatMap(condition -> PLACES.stream().map(place -> Arguments.of(condition, place)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("pairs")
    void aFullTreatmentLyingFaceDownShowsWhatTheSafetyTableExpects(Contraindication condition, Muscle place) {
        Client client = TreatmentNoteTest.client(condition);
        TriggerPoint point =
                BodyMapFixtures.activePoint(client, place, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.session(
                        Map.of(),
                        new TreatedPoint(
                                point,
                                null,
                                null,
                                null,
                                List.of(
                                        new CompressionEpisode(6, null, 60, 2, 2, ReleaseReason.TISSUE_RELEASED),
                                        TreatmentNoteTest.stretch(false),
                                        TreatmentNoteTest.heat(8)),
                                BodyPosition.PRONE,
                                false,
                                null)),
                new ProtocolPolicy(3, Set.of(condition)),
                TreatmentNoteTest.NOW);

        Set<String> found =
                note.deviations().stream().map(d -> d.type().name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isEqualTo(expected(condition, place));
    }
}
