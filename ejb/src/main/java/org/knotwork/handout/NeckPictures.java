package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.PosePictures.at;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.supineOnBall;

import java.util.List;
import java.util.Map;

/** The pictures of the head, jaw and neck muscles and their catalogue stretches: see {@link Illustrations}. */
final class NeckPictures {

    private NeckPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Head and jaw: fingertips on the side of the face; the jaw opening, with a hand on the chin or without.
        Pose hand2face = PosePictures.seated().arms(arm(60, 200), arm(20, 90));
        for (String jaw : List.of("TEMPORALIS", "MASSETER", "LATERAL_PTERYGOID")) {
            double dy = jaw.equals("TEMPORALIS") ? -0.03 : 0.03;
            pressure.put(jaw, seatedOnChair(hand2face, at("head", 0.035, dy), push(0.09, 0, 0.04, 0)));
        }
        Pose chinHold = PosePictures.seated().arms(arm(35, 170), arm(20, 90));
        stretch.put(
                "TEMPORALIS_JAW_OPENING",
                seatedOnChair(chinHold, at("head", 0.035, -0.03), push(0.06, 0.06, 0.06, 0.14)));
        stretch.put(
                "MASSETER_JAW_OPENING", seatedOnChair(chinHold, at("head", 0.04, 0.03), push(0.03, 0.06, 0.03, 0.14)));
        // The glide is the jaw's own movement: the hands stay in the lap.
        stretch.put(
                "LATERAL_PTERYGOID_JAW_GLIDE",
                seatedOnChair(PosePictures.seated(), at("head", 0.035, 0.02), push(0.07, 0.05, 0.07, 0.12)));

        // Neck, front view: the opposite hand pinches or presses; the head tilts away, the hand holds the seat.
        pressure.put(
                "UPPER_TRAPEZIUS",
                seatedOnStool(
                        PosePictures.seatedFront().arms(arm(8, 0), arm(320, 200)),
                        between("neck", "rShoulder", 0.65),
                        push(0, -0.1, 0, -0.03)));
        pressure.put(
                "STERNOCLEIDOMASTOID",
                seatedOnStool(
                        PosePictures.seatedFront().arms(arm(8, 0), arm(320, 215)),
                        between("chest", "head", 0.35, -0.04, 0),
                        push(-0.1, 0, -0.045, 0)));
        pressure.put(
                "SCALENES",
                seatedOnStool(
                        PosePictures.seatedFront().arms(arm(8, 0), arm(320, 205)),
                        between("neck", "rShoulder", 0.45, 0, -0.01),
                        push(-0.02, -0.09, -0.01, -0.03)));
        stretch.put(
                "UPPER_TRAPEZIUS_EAR_TO_SHOULDER",
                seatedOnStool(
                        PosePictures.seatedFront().leaning(180, 155).arms(arm(2, 0), arm(150, 250)),
                        between("neck", "rShoulder", 0.6),
                        push(0, 0.03, 0, 0.11)));
        // Scalenes and sternocleidomastoid: the head tilted away and the face turned up, no hand on the head.
        Pose tiltAndLookUp = PosePictures.seatedFront().leaning(180, 152).arms(arm(2, 0), arm(-8, 0));
        stretch.put(
                "SCALENES_SIDE_BEND_LOOKING_UP",
                seatedOnStool(
                        tiltAndLookUp, between("neck", "rShoulder", 0.35, 0, 0.01), push(0.02, -0.14, 0.09, -0.17)));
        stretch.put(
                "STERNOCLEIDOMASTOID_LOOKING_UP",
                seatedOnStool(tiltAndLookUp, between("chest", "head", 0.4, -0.03, 0), push(0.02, -0.14, 0.09, -0.17)));
        // Nose towards the opposite armpit, by the head's own weight or with the other hand resting on it.
        Pose chinToArmpit = PosePictures.seatedFront().leaning(180, 205).arms(arm(2, 0), arm(-8, 0));
        Pose chinToArmpitHand = chinToArmpit.arms(arm(2, 0), arm(150, 250));
        stretch.put(
                "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT",
                seatedOnStool(chinToArmpit, between("neck", "rShoulder", 0.35), push(0.06, -0.14, 0.11, -0.09)));
        stretch.put(
                "LEVATOR_SCAPULAE_CHIN_TO_ARMPIT_HAND",
                seatedOnStool(chinToArmpitHand, between("neck", "rShoulder", 0.35), push(0.06, -0.14, 0.11, -0.09)));
        stretch.put(
                "SPLENIUS_CAPITIS_NOD_AND_TURN",
                seatedOnStool(chinToArmpit, between("chest", "head", 0.6, -0.03, 0), push(0.06, -0.16, 0.11, -0.11)));
        stretch.put(
                "SPLENIUS_CAPITIS_CHIN_TO_CHEST_TURNING",
                seatedOnStool(
                        chinToArmpitHand, between("chest", "head", 0.6, -0.03, 0), push(0.06, -0.16, 0.11, -0.11)));

        // Back of the neck: a ball under the skull or beside the spine, lying on the back, the arrow the head's weight
        // settling onto it (an arrow from below would leave the box); the chin nods down.
        for (String neck : List.of("SUBOCCIPITALS", "SPLENIUS_CAPITIS", "POSTERIOR_CERVICALS")) {
            double dx = neck.equals("SUBOCCIPITALS") ? 0.02 : 0.07;
            pressure.put(neck, supineOnBall(0.30 + dx, at("head", 0.03 + dx, 0.05), push(0, -0.21, 0, -0.13)));
        }
        Pose nod = PosePictures.seated().leaning(180, 150);
        stretch.put(
                "SUBOCCIPITALS_CHIN_NOD",
                seatedOnChair(nod, between("chest", "head", 0.55, -0.04, 0), push(0.1, -0.05, 0.1, 0.03)));
        stretch.put(
                "POSTERIOR_CERVICALS_CHIN_TUCK_NOD",
                seatedOnChair(nod, between("chest", "head", 0.3, -0.04, 0), push(0.1, -0.02, 0.1, 0.06)));
        stretch.put(
                "POSTERIOR_CERVICALS_CHIN_TO_CHEST",
                seatedOnChair(
                        PosePictures.seated().leaning(180, 125).arms(arm(150, 330), arm(150, 330)),
                        between("chest", "head", 0.4, -0.04, 0),
                        push(0.1, -0.12, 0.14, -0.04)));
    }
}
