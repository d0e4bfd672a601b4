package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.client;
import static org.knotwork.handout.HandoutFixtures.content;
import static org.knotwork.handout.HandoutFixtures.note;
import static org.knotwork.handout.HandoutFixtures.treated;
import static org.knotwork.handout.HandoutFixtures.typicalNote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.Stretch;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.OwnStretch;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.MarkedPoint;
import org.knotwork.handout.HandoutContent.MuscleCare;
import org.knotwork.safety.HomeDose;

class HandoutComposerTest {

    static MuscleCare muscle(HandoutContent content, String name) {
        return content.muscles().stream()
                .filter(m -> m.muscleName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static HandoutContent gluteus(Client client, HomePlan home) {
        return content(note(
                client,
                HomeCare.NONE,
                List.of(treated(
                        client,
                        BodyMapFixtures.GLUTEUS_MEDIUS,
                        Side.RIGHT,
                        BodyView.POSTERIOR,
                        0.585,
                        0.445,
                        60,
                        home,
                        false))));
    }

    @Test
    void pointsAreNumberedInTreatmentOrderAndMusclesGatherTheirPoints() {
        HandoutContent content = content(typicalNote(client(), HomeCare.NONE));

        assertThat(content.points()).extracting(MarkedPoint::number).containsExactly(1, 2, 3, 4);
        MuscleCare trapezius = content.muscles().get(0);
        assertThat(trapezius.muscleName()).isEqualTo("Upper trapezius");
        assertThat(trapezius.pointNumbers()).containsExactly(1, 2);
        assertThat(trapezius.sides()).containsExactlyInAnyOrder(Side.LEFT, Side.RIGHT);
        assertThat(content.muscles()).hasSize(3);
    }

    @Test
    void aPointOnASideViewIsDrawnWhereItsMuscleShowsOnTheBackOnItsOwnSide() {
        Client client = client();
        TreatedPoint left =
                treated(client, BodyMapFixtures.GLUTEUS_MEDIUS, Side.LEFT, BodyView.LATERAL_LEFT, 0.5, 0.45, 60);

        MarkedPoint point =
                content(note(client, HomeCare.NONE, List.of(left))).points().get(0);

        assertThat(point.view()).isEqualTo(BodyView.POSTERIOR);
        assertThat(point.x()).isCloseTo(0.415, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(point.y()).isEqualTo(0.445);
    }

    @Test
    void theSessionsDoseNeverReachesTheSheet() {
        Client client = client();
        TriggerPoint point = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, HandoutFixtures.THERAPIST, HandoutFixtures.SESSION);
        TreatedPoint heavy = new TreatedPoint(
                point,
                null,
                null,
                null,
                List.of(new CompressionEpisode(3, null, 600, 20, 1, ReleaseReason.TISSUE_RELEASED)));

        MuscleCare trapezius =
                content(note(client, HomeCare.NONE, List.of(heavy))).muscles().get(0);

        assertThat(trapezius.pressure().dose()).isEqualTo(new HomeDose(30, 2));
        assertThat(trapezius.stretch().dose()).isEqualTo(new HomeDose(30, 3));
    }

    @Test
    void theHomeDosesAreTheOnesTheTherapistSet() {
        MuscleCare gluteus = gluteus(client(), new HomePlan(45, 3, 50, 4, null, null))
                .muscles()
                .get(0);

        assertThat(gluteus.pressure().dose()).isEqualTo(new HomeDose(45, 3));
        assertThat(gluteus.stretch().dose()).isEqualTo(new HomeDose(50, 4));
    }

    @Test
    void theStretchPrintedIsTheOneChosenOrTheTherapistsOwnWithItsOwnSteps() {
        assertThat(gluteus(client(), HomePlan.USUAL)
                        .muscles()
                        .get(0)
                        .stretch()
                        .stretch()
                        .code())
                .as("none chosen: the catalogue's first")
                .isEqualTo("GLUTEUS_MEDIUS_LYING_ACROSS");
        Stretch standing = new Stretch(
                "GLUTEUS_MEDIUS_STANDING_CROSSOVER",
                "GLUTEUS_MEDIUS",
                "Standing leg-across hip stretch",
                List.of("Stand side-on to a wall."),
                BodyPosition.STANDING,
                false,
                null,
                false,
                20);
        assertThat(gluteus(client(), HomePlan.USUAL.withStretch(standing))
                        .muscles()
                        .get(0)
                        .stretch()
                        .stretch()
                        .steps())
                .as("the chosen stretch with the catalogue's steps for it")
                .containsExactly("Stand side-on to a wall.", "Cross the leg behind the other.");
        OwnStretch own = new OwnStretch(
                "Doorway hip lean", List.of("Stand in a doorway.", "Lean the hip out."), BodyPosition.STANDING, false);

        HomeStretch printed = gluteus(client(), new HomePlan(null, null, null, null, null, own))
                .muscles()
                .get(0)
                .stretch()
                .stretch();

        assertThat(printed.name()).isEqualTo("Doorway hip lean");
        assertThat(printed.steps()).containsExactly("Stand in a doorway.", "Lean the hip out.");
        assertThat(printed.isTherapistsOwn()).isTrue();
    }

    @Test
    void aPregnantClientIsGivenAVersionThatDoesNotLieFlatAndIsToldWhy() {
        MuscleCare gluteus = gluteus(client(Contraindication.PREGNANCY), HomePlan.USUAL)
                .muscles()
                .get(0);

        assertThat(gluteus.stretch().stretch().code()).isEqualTo("GLUTEUS_MEDIUS_STANDING_CROSSOVER");
        assertThat(gluteus.stretch().notes()).containsExactly("rule.pregnancy.position");
        assertThat(gluteus.pressure().instructions())
                .as("the usual lies on the back on a ball")
                .isEqualTo(HandoutFixtures.TEXTS.get("GLUTEUS_MEDIUS").gentlePressure());
        assertThat(gluteus.pressure().notes()).containsExactly("rule.pregnancy.position");
    }

    @Test
    void anticoagulantsGetTheFingertipVersionEverywhere() {
        HandoutContent content = content(typicalNote(client(Contraindication.ANTICOAGULANTS), HomeCare.NONE));

        assertThat(content.muscles()).allSatisfy(m -> {
            assertThat(m.pressure().notes()).containsExactly("rule.anticoagulants");
            assertThat(m.pressure().instructions()).contains("fingertips");
        });
    }

    @Test
    void osteoporosisTakesTheBallOffTheSpineAndRibsAndTheLoadOffAForwardBend() {
        HandoutContent content = content(typicalNote(client(Contraindication.OSTEOPOROSIS), HomeCare.NONE));

        MuscleCare levator = muscle(content, "Levator scapulae");
        assertThat(levator.pressure().notes()).containsExactly("rule.osteoporosis.ball");
        assertThat(levator.stretch().stretch().code()).isEqualTo("LEVATOR_SCAPULAE_CHIN_TO_ARMPIT");
        assertThat(levator.stretch().notes()).containsExactly("rule.osteoporosis.flexion");
        assertThat(muscle(content, "Gastrocnemius").pressure().notes())
                .as("a hand on the calf, not a ball on the spine")
                .isEmpty();
    }

    @Test
    void afterADeepVeinThrombosisTheCalfIsNotPressedButStillStretched() {
        HandoutContent content = content(typicalNote(client(Contraindication.DVT_HISTORY), HomeCare.NONE));

        MuscleCare calf = muscle(content, "Gastrocnemius");
        assertThat(calf.pressure().withheld()).isTrue();
        assertThat(calf.pressure().notes()).containsExactly("rule.dvt.legs");
        assertThat(calf.stretch().stretch().name()).isEqualTo("Wall calf stretch, knee straight");
        assertThat(muscle(content, "Upper trapezius").pressure().withheld()).isFalse();
    }

    @Test
    void heatIsWithheldWithItsReasonForReducedSensationNeuropathyRecentInjuryAndFever() {
        Map<Contraindication, String> reasons = Map.of(
                Contraindication.IMPAIRED_SENSATION, "rule.sensation.heat",
                Contraindication.DIABETIC_NEUROPATHY, "rule.neuropathy.heat",
                Contraindication.RECENT_TRAUMA, "rule.trauma.heat",
                Contraindication.FEVER, "rule.fever.heat");
        reasons.forEach((condition, reason) -> {
            HandoutContent.HeatAdvice heat =
                    content(typicalNote(client(condition), HomeCare.NONE)).heat();
            assertThat(heat.withheld()).as(condition.name()).isTrue();
            assertThat(heat.notes()).as(condition.name()).containsExactly(reason);
        });
        assertThat(content(typicalNote(client(), HomeCare.NONE)).heat().withheld())
                .isFalse();
    }

    @Test
    void aHeartConditionKeepsHeatShortAndMildAndPregnancyKeepsItOffTheBelly() {
        HandoutContent.HeatAdvice cardiac = content(typicalNote(client(Contraindication.CARDIAC), HomeCare.NONE))
                .heat();
        HandoutContent.HeatAdvice pregnant = content(typicalNote(client(Contraindication.PREGNANCY), HomeCare.NONE))
                .heat();

        assertThat(cardiac.withheld()).isFalse();
        assertThat(cardiac.shortAndMild()).isTrue();
        assertThat(cardiac.notes()).containsExactly("rule.cardiac.heat");
        assertThat(pregnant.shortAndMild()).isFalse();
        assertThat(pregnant.notes()).containsExactly("rule.pregnancy.heat");
    }

    @Test
    void aRecentInjuryAtARecordedSiteKeepsPressureOffThatSiteOnly() {
        Client client = client(Contraindication.RECENT_TRAUMA);
        HandoutContent content = HandoutFixtures.content(
                typicalNote(client, HomeCare.NONE), Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER)));

        assertThat(muscle(content, "Upper trapezius").pressure().notes()).containsExactly("rule.trauma.pressure");
        assertThat(muscle(content, "Upper trapezius").pressure().withheld()).isTrue();
        assertThat(muscle(content, "Gastrocnemius").pressure().withheld()).isFalse();
    }

    @Test
    void aSkinLesionElsewhereLeavesHeatButAtATreatedSiteWithholdsIt() {
        Client client = client(Contraindication.SKIN_LESION);
        TreatedPoint calf = treated(
                client,
                BodyMapFixtures.GASTROCNEMIUS,
                Side.LEFT,
                BodyView.POSTERIOR,
                0.465,
                0.765,
                60,
                HomePlan.USUAL,
                false);

        assertThat(HandoutFixtures.content(
                                note(client, HomeCare.NONE, List.of(calf)),
                                Map.of(Contraindication.SKIN_LESION, Set.of(Region.CHEST)))
                        .heat()
                        .withheld())
                .isFalse();
        assertThat(HandoutFixtures.content(
                                note(client, HomeCare.NONE, List.of(calf)),
                                Map.of(Contraindication.SKIN_LESION, Set.of(Region.LEG_FOOT)))
                        .heat()
                        .notes())
                .containsExactly("rule.lesion.heat");
    }

    @Test
    void aSiteTheTherapistCheckedAndSparedKeepsItsSelfPressure() {
        Client client = client(Contraindication.CANCER_HISTORY);
        TreatedPoint spared = treated(
                client,
                BodyMapFixtures.GASTROCNEMIUS,
                Side.LEFT,
                BodyView.POSTERIOR,
                0.465,
                0.765,
                60,
                HomePlan.USUAL,
                true);
        TreatedPoint near = treated(
                client,
                BodyMapFixtures.UPPER_TRAPEZIUS,
                Side.RIGHT,
                BodyView.POSTERIOR,
                0.575,
                0.17,
                60,
                HomePlan.USUAL,
                false);

        HandoutContent content = content(note(client, HomeCare.NONE, List.of(spared, near)));

        assertThat(muscle(content, "Gastrocnemius").pressure().withheld()).isFalse();
        assertThat(muscle(content, "Upper trapezius").pressure().notes()).containsExactly("rule.cancer.pressure");
    }

    @Test
    void theLevatorsSelfPressureComesWithoutAStopAndNoMuscleWithAStopLosesIt() {
        HandoutContent content = content(typicalNote(client(), HomeCare.NONE));

        assertThat(content.muscles())
                .allSatisfy(m -> assertThat(m.pressure().stop()).isNull());
    }

    @Test
    void precautionsAreTheClientsContraindications() {
        HandoutContent content = content(typicalNote(client(Contraindication.IMPAIRED_SENSATION), HomeCare.NONE));

        assertThat(content.precautions()).isEqualTo(Set.of(Contraindication.IMPAIRED_SENSATION));
    }

    @Test
    void aDraftIsAPreview() {
        assertThat(content(typicalNote(client(), HomeCare.NONE)).preview()).isTrue();
    }
}
