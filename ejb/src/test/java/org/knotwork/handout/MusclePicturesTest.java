package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Side;
import org.knotwork.handout.HandoutContent.MuscleCare;
import org.knotwork.handout.HandoutContent.SelfPressure;
import org.knotwork.handout.HandoutContent.StretchCare;
import org.knotwork.safety.HomeDose;

class MusclePicturesTest {

    private final MusclePictures pictures =
            new MusclePictures(HandoutWording.english(), HandoutStyle.of(PrintSize.STANDARD));

    @Test
    void eachStretchOfAMuscleIsDrawnAsItselfWhicheverWasDrawnFirstInTheServer() {
        PictureBlock byTheHeadsWeight = levatorStretch("LEVATOR_SCAPULAE_CHIN_TO_ARMPIT");
        PictureBlock withTheHand = levatorStretch("LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND");

        String first = drawn(byTheHeadsWeight);
        assertThat(drawn(withTheHand))
                .as("the hand on the head, not the drawing of the same muscle's other stretch kept from before")
                .isNotEqualTo(first)
                .isEqualTo(
                        PoseDrawing.fresh(withTheHand.picture(), withTheHand.pictureHeight(), withTheHand.mirrored()));
    }

    private PictureBlock levatorStretch(String code) {
        MuscleCare levator = new MuscleCare(
                "LEVATOR_SCAPULAE",
                "Levator scapulae",
                List.of(1),
                Set.of(Side.RIGHT),
                new SelfPressure(null, HomeDose.SELF_PRESSURE_DEFAULT, List.of(), null),
                new StretchCare(
                        HandoutFixtures.stretch(
                                code, "Chin-to-armpit stretch", BodyPosition.SEATED, false, "Sit tall."),
                        HomeDose.STRETCH_DEFAULT,
                        List.of()),
                "Daily.",
                MusclePart.BACK);
        return pictures.stretch(levator, code).orElseThrow();
    }

    private static String drawn(PictureBlock block) {
        return PoseDrawing.operators(block.picture(), block.pictureHeight(), block.mirrored());
    }
}
