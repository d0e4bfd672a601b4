package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.client;
import static org.knotwork.handout.HandoutFixtures.content;
import static org.knotwork.handout.HandoutFixtures.note;
import static org.knotwork.handout.HandoutFixtures.typicalNote;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.MarkedPoint;
import org.knotwork.handout.HandoutContent.MuscleCare;

class HandoutComposerTest {

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
        TreatedPoint left = HandoutFixtures.treated(
                client, BodyMapFixtures.GLUTEUS_MEDIUS, Side.LEFT, BodyView.LATERAL_LEFT, 0.5, 0.45, 60);

        MarkedPoint point =
                content(note(client, HomeCare.NONE, List.of(left))).points().get(0);

        assertThat(point.view()).isEqualTo(BodyView.POSTERIOR);
        assertThat(point.x()).isCloseTo(0.415, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(point.y()).isEqualTo(0.445);
    }

    @Test
    void aMuscleCompressedButNotStretchedStillGetsItsStretchAtAGentleDefaultDose() {
        Client client = client();
        TriggerPoint point = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.LEVATOR_SCAPULAE, HandoutFixtures.THERAPIST, HandoutFixtures.SESSION);
        TreatedPoint compressedOnly =
                new TreatedPoint(point, null, null, null, List.of(new CompressionEpisode(2, null, 40, 3, 1, null)));

        HandoutContent content = content(note(client, HomeCare.NONE, List.of(compressedOnly)));

        MuscleCare levator = content.muscles().get(0);
        assertThat(levator.pressure()).isEqualTo(new HandoutContent.Dose(40, 3));
        assertThat(levator.stretch()).isEqualTo(HandoutComposer.DEFAULT_STRETCH);
        assertThat(levator.clinicStretch()).isNull();
        assertThat(content.heat()).isEqualTo(new HandoutContent.HeatAdvice(null));
    }

    @Test
    void theStretchAsNamedInTheSessionIsShownWhenItDiffersFromTheTaughtOne() {
        MuscleCare trapezius =
                content(typicalNote(client(), HomeCare.NONE)).muscles().get(0);

        assertThat(trapezius.text().stretchName()).isEqualTo("Ear-to-shoulder stretch");
        assertThat(trapezius.clinicStretch()).isEqualTo("Ear to shoulder");
    }

    @Test
    void precautionsAreTheClientsContraindicationsAndHeatIsWithheldWhenSensationIsImpaired() {
        HandoutContent content = content(typicalNote(client(Contraindication.IMPAIRED_SENSATION), HomeCare.NONE));

        assertThat(content.precautions()).isEqualTo(Set.of(Contraindication.IMPAIRED_SENSATION));
        assertThat(content.heat()).isNull();
    }

    @Test
    void aDraftIsAPreview() {
        assertThat(content(typicalNote(client(), HomeCare.NONE)).preview()).isTrue();
    }
}
