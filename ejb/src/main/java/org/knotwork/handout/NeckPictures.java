package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.PosePictures.at;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.chair;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the head, jaw and neck muscles: see {@link Illustrations}. */
final class NeckPictures {

    private NeckPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Head and jaw: fingertips on the side of the face; the jaw opening with a hand on the chin.
        Pose hand2face = PosePictures.seated().arms(arm(60, 200), arm(20, 90));
        for (String jaw : List.of("TEMPORALIS", "MASSETER", "LATERAL_PTERYGOID")) {
            double dy = jaw.equals("TEMPORALIS") ? -0.03 : 0.03;
            pressure.put(jaw, picture(hand2face, chair(), at("head", 0.035, dy), push(0.09, 0, 0.04, 0)));
        }
        Pose chinHold = PosePictures.seated().arms(arm(35, 170), arm(20, 90));
        for (String jaw : List.of("TEMPORALIS", "MASSETER", "LATERAL_PTERYGOID")) {
            stretch.put(jaw, picture(chinHold, chair(), at("head", 0.04, 0.02), push(0.03, 0.06, 0.03, 0.14)));
        }

        // Neck, front view: the opposite hand pinches or presses; the head tilts away, the hand holds the seat.
        Pose reachAcross = PosePictures.seatedFront().arms(arm(8, 0), arm(320, 200));
        pressure.put(
                "UPPER_TRAPEZIUS",
                picture(
                        reachAcross,
                        PosePictures.stool(),
                        between("neck", "rShoulder", 0.65),
                        push(0, -0.1, 0, -0.03)));
        pressure.put(
                "STERNOCLEIDOMASTOID",
                picture(
                        PosePictures.seatedFront().arms(arm(8, 0), arm(320, 215)),
                        PosePictures.stool(),
                        between("chest", "head", 0.35, -0.04, 0),
                        push(-0.1, 0, -0.045, 0)));
        pressure.put(
                "SCALENES",
                picture(
                        PosePictures.seatedFront().arms(arm(8, 0), arm(320, 205)),
                        PosePictures.stool(),
                        between("neck", "rShoulder", 0.45, 0, -0.01),
                        push(-0.02, -0.09, -0.01, -0.03)));
        Pose tiltAway = PosePictures.seatedFront().leaning(180, 155).arms(arm(2, 0), arm(150, 250));
        stretch.put(
                "UPPER_TRAPEZIUS",
                picture(tiltAway, PosePictures.stool(), between("neck", "rShoulder", 0.6), push(0, 0.03, 0, 0.11)));
        stretch.put(
                "SCALENES",
                picture(
                        tiltAway,
                        PosePictures.stool(),
                        between("neck", "rShoulder", 0.35, 0, 0.01),
                        push(0.03, -0.12, 0.09, -0.16)));
        stretch.put(
                "STERNOCLEIDOMASTOID",
                picture(
                        PosePictures.seatedFront().leaning(180, 150).arms(arm(2, 0), arm(-8, 0)),
                        PosePictures.stool(),
                        between("chest", "head", 0.4, -0.03, 0),
                        push(0.02, -0.14, 0.09, -0.17)));
        Pose chinToArmpit = PosePictures.seatedFront().leaning(180, 205).arms(arm(2, 0), arm(150, 250));
        stretch.put(
                "LEVATOR_SCAPULAE",
                picture(
                        chinToArmpit,
                        PosePictures.stool(),
                        between("neck", "rShoulder", 0.35),
                        push(0.06, -0.14, 0.11, -0.09)));

        // Back of the neck: a ball under the skull or beside the spine; the chin drops to the chest.
        Pose lyingOnBall = PosePictures.lyingKneesBent();
        for (String neck : List.of("SUBOCCIPITALS", "SPLENIUS_CAPITIS", "POSTERIOR_CERVICALS")) {
            double dx = neck.equals("SUBOCCIPITALS") ? 0.02 : 0.07;
            pressure.put(
                    neck,
                    picture(
                            lyingOnBall,
                            List.of(new Prop(Kind.FLOOR, 0.985), new Prop(Kind.BALL, 0.30 + dx, 0.945, 0.035)),
                            at("head", 0.03 + dx, 0.05),
                            push(0, 0.12, 0, 0.07)));
        }
        Pose nod = PosePictures.seated().leaning(180, 125).arms(arm(150, 330), arm(150, 330));
        stretch.put(
                "SUBOCCIPITALS",
                picture(
                        PosePictures.seated().leaning(180, 150),
                        chair(),
                        between("chest", "head", 0.55, -0.04, 0),
                        push(0.1, -0.05, 0.1, 0.03)));
        stretch.put(
                "SPLENIUS_CAPITIS",
                picture(nod, chair(), between("chest", "head", 0.4, -0.04, 0), push(0.1, -0.12, 0.14, -0.04)));
        stretch.put(
                "POSTERIOR_CERVICALS",
                picture(nod, chair(), between("chest", "head", 0.4, -0.04, 0), push(0.1, -0.12, 0.14, -0.04)));
    }
}
