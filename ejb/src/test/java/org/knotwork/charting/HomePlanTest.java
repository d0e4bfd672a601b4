package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Stretch;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.HomeDose;

/** A point's home care: doses within the self-care ranges whatever the session used, and a stretch safe for this client. */
class HomePlanTest {

    static final Stretch LYING_TWIST = new Stretch(
            "UPPER_TRAPEZIUS_LYING",
            "UPPER_TRAPEZIUS",
            "Lying neck stretch",
            List.of("Lie on your back."),
            BodyPosition.SUPINE,
            false,
            null,
            false,
            20);
    static final Stretch SEATED = new Stretch(
            "UPPER_TRAPEZIUS_SEATED",
            "UPPER_TRAPEZIUS",
            "Ear-to-shoulder stretch",
            List.of("Sit tall."),
            BodyPosition.SEATED,
            false,
            null,
            false,
            10);
    static final Stretch CALF = new Stretch(
            "GASTROCNEMIUS_WALL",
            "GASTROCNEMIUS",
            "Wall calf stretch",
            List.of("Face a wall."),
            BodyPosition.STANDING,
            false,
            null,
            false,
            10);

    Client client;
    TriggerPoint trapezius;

    PointMeasurement record(Set<Contraindication> conditions, HomePlan home) {
        client = TreatmentNoteTest.client(conditions.toArray(Contraindication[]::new));
        trapezius = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.session(
                        Map.of(),
                        new TreatedPoint(
                                trapezius,
                                null,
                                null,
                                null,
                                List.of(
                                        new CompressionEpisode(3, null, 600, 20, 1, ReleaseReason.HOLD_TIME_REACHED),
                                        TreatmentNoteTest.stretch(false)),
                                null,
                                false,
                                home)),
                new ProtocolPolicy(3, conditions),
                TreatmentNoteTest.NOW);
        return note.measurements().get(0);
    }

    static HomePlan doses(
            Integer pressureSeconds, Integer pressureTimes, Integer stretchSeconds, Integer stretchTimes) {
        return new HomePlan(pressureSeconds, pressureTimes, stretchSeconds, stretchTimes, null, null);
    }

    static String refusedField(Runnable recording) {
        try {
            recording.run();
        } catch (RuleViolationException e) {
            return e.field();
        }
        return null;
    }

    @Test
    void theSessionsDoseNeverBecomesTheHomeDose() {
        PointMeasurement point = record(Set.of(), null);

        assertThat(point.homePressure()).isEqualTo(new HomeDose(30, 2));
        assertThat(point.homeStretch()).isEqualTo(new HomeDose(30, 3));
    }

    @Test
    void aDoseLeftOutStaysTheUsualOneAndHalfADoseIsRefusedNotFilledIn() {
        PointMeasurement usual = record(Set.of(), null);
        PointMeasurement set = record(Set.of(), doses(45, 2, 20, 4));

        assertThat(usual.homePressureAsSet())
                .as("nothing typed is stored as nothing")
                .isNull();
        assertThat(usual.homeStretchAsSet()).isNull();
        assertThat(set.homePressureAsSet()).isEqualTo(new HomeDose(45, 2));
        assertThat(set.homeStretchAsSet()).isEqualTo(new HomeDose(20, 4));
        assertThat(refusedField(() -> record(Set.of(), doses(45, null, null, null))))
                .isEqualTo("points[0].homeCare.selfPressure.repetitions");
        assertThat(refusedField(() -> record(Set.of(), doses(null, null, null, 3))))
                .isEqualTo("points[0].homeCare.stretch.holdSeconds");
    }

    @Test
    void selfPressureIsHeldTwentyToNinetySecondsOneToThreeTimes() {
        assertThat(record(Set.of(), doses(20, 1, null, null)).homePressure()).isEqualTo(new HomeDose(20, 1));
        assertThat(record(Set.of(), doses(90, 3, null, null)).homePressure()).isEqualTo(new HomeDose(90, 3));
        assertThat(refusedField(() -> record(Set.of(), doses(19, 2, null, null))))
                .isEqualTo("points[0].homeCare.selfPressure.holdSeconds");
        assertThat(refusedField(() -> record(Set.of(), doses(91, 2, null, null))))
                .isEqualTo("points[0].homeCare.selfPressure.holdSeconds");
        assertThat(refusedField(() -> record(Set.of(), doses(30, 0, null, null))))
                .isEqualTo("points[0].homeCare.selfPressure.repetitions");
        assertThat(refusedField(() -> record(Set.of(), doses(30, 4, null, null))))
                .isEqualTo("points[0].homeCare.selfPressure.repetitions");
    }

    @Test
    void aHomeStretchIsHeldTwentyToSixtySecondsTwoToFiveTimes() {
        assertThat(record(Set.of(), doses(null, null, 20, 2)).homeStretch()).isEqualTo(new HomeDose(20, 2));
        assertThat(record(Set.of(), doses(null, null, 60, 5)).homeStretch()).isEqualTo(new HomeDose(60, 5));
        assertThat(refusedField(() -> record(Set.of(), doses(null, null, 19, 3))))
                .isEqualTo("points[0].homeCare.stretch.holdSeconds");
        assertThat(refusedField(() -> record(Set.of(), doses(null, null, 61, 3))))
                .isEqualTo("points[0].homeCare.stretch.holdSeconds");
        assertThat(refusedField(() -> record(Set.of(), doses(null, null, 30, 1))))
                .isEqualTo("points[0].homeCare.stretch.repetitions");
        assertThat(refusedField(() -> record(Set.of(), doses(null, null, 30, 6))))
                .isEqualTo("points[0].homeCare.stretch.repetitions");
        assertThatThrownBy(() -> record(Set.of(), doses(null, null, 600, 20)))
                .hasMessageContaining("the session's dose is not a safe dose for a client alone");
    }

    @Test
    void theStretchChosenIsOneOfThePointsMuscle() {
        assertThat(record(Set.of(), HomePlan.USUAL.withStretch(SEATED)).homeStretchCode())
                .isEqualTo("UPPER_TRAPEZIUS_SEATED");
        assertThatThrownBy(() -> record(Set.of(), HomePlan.USUAL.withStretch(CALF)))
                .hasMessage("\"Wall calf stretch\" is not a stretch of the upper trapezius.");
        OwnStretch own = new OwnStretch("Doorway lean", List.of("Stand in a doorway."), BodyPosition.STANDING, false);
        assertThat(refusedField(() -> record(Set.of(), new HomePlan(null, null, null, null, SEATED, own))))
                .isEqualTo("points[0].homeCare.stretchCode");
        assertThat(record(Set.of(), new HomePlan(null, null, null, null, null, own))
                        .ownStretch())
                .isEqualTo(own);
    }

    @Test
    void aPregnantClientIsNotSentToLieFlatOrFaceDownToStretch() {
        assertThatThrownBy(() -> record(Set.of(Contraindication.PREGNANCY), HomePlan.USUAL.withStretch(LYING_TWIST)))
                .hasMessage("\"Lying neck stretch\" is done flat on the back or face down, which the client's"
                        + " pregnancy rules out at home: choose another stretch.");
        assertThatCode(() -> record(Set.of(Contraindication.PREGNANCY), HomePlan.USUAL.withStretch(SEATED)))
                .doesNotThrowAnyException();
        assertThatCode(() -> record(Set.of(), HomePlan.USUAL.withStretch(LYING_TWIST)))
                .doesNotThrowAnyException();
    }

    @Test
    void aClientWithOsteoporosisIsNotGivenALoadedForwardBend() {
        OwnStretch bend = new OwnStretch("Toe touch", List.of("Bend down."), BodyPosition.STANDING, true);

        assertThat(refusedField(() -> record(
                        Set.of(Contraindication.OSTEOPOROSIS), new HomePlan(null, null, null, null, null, bend))))
                .isEqualTo("points[0].homeCare.ownStretch");
        assertThatCode(() -> record(Set.of(), new HomePlan(null, null, null, null, null, bend)))
                .doesNotThrowAnyException();
    }

    @Test
    void theTherapistsOwnStretchSaysHowItIsDone() {
        assertThatThrownBy(() -> new OwnStretch("Neck stretch", List.of("Tilt."), null, false))
                .hasMessageContaining("position");
        assertThatThrownBy(() -> new OwnStretch(" ", List.of("Tilt."), BodyPosition.SEATED, false))
                .hasMessageContaining("Name the stretch");
        assertThatThrownBy(() -> new OwnStretch("Neck", List.of("a\nb"), BodyPosition.SEATED, false))
                .hasMessageContaining("one line each");
    }
}
