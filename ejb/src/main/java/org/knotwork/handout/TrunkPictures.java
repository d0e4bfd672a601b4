package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.PRONE;
import static org.knotwork.bodymap.BodyPosition.SIDE_LYING;
import static org.knotwork.bodymap.BodyPosition.SUPINE;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.kneelingOnFloor;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.standingBeside;
import static org.knotwork.handout.PosePictures.standingOnFloor;
import static org.knotwork.handout.PosePictures.supineOnBall;
import static org.knotwork.handout.PosePictures.supineOnMat;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the belly and back muscles and their catalogue stretches: see {@link Illustrations}. */
final class TrunkPictures {

    private TrunkPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Belly: fingertips, lying on the back with the knees bent. Back: a ball beside the spine under the back, the
        // arrow the weight settling onto it.
        pressure.put(
                "RECTUS_ABDOMINIS",
                supineOnMat(
                        PosePictures.lyingKneesBent().arms(arm(120, 60), arm(90, 90)),
                        between("chest", "pelvis", 0.6, 0, -0.04),
                        push(0, -0.13, 0, -0.06)));
        pressure.put(
                "EXTERNAL_OBLIQUE",
                supineOnMat(
                        PosePictures.lyingKneesBent().arms(arm(130, 70), arm(90, 90)),
                        between("chest", "pelvis", 0.75, 0, -0.04),
                        push(0, -0.13, 0, -0.06)));
        for (String back : List.of("THORACOLUMBAR_PARASPINALS", "MULTIFIDI", "QUADRATUS_LUMBORUM")) {
            pressure.put(back, supineOnBall(0.62, between("chest", "pelvis", 0.75, 0, 0.04), push(0, -0.17, 0, -0.09)));
        }

        // The belly lengthened: propped on the forearms face down, or leaning back a little standing.
        stretch.put(
                "RECTUS_ABDOMINIS_LYING_BACK_ARCH",
                picture(
                        PRONE,
                        PosePictures.proppedOnForearms(),
                        List.of(new Prop(Kind.FLOOR, 0.955)),
                        between("chest", "pelvis", 0.5, 0, 0.03),
                        move(0.92, 0.62, 0.92, 0.52)));
        stretch.put(
                "RECTUS_ABDOMINIS_STANDING_BACK_ARCH",
                standingOnFloor(
                        PosePictures.standing().leaning(190, 186).arms(arm(323, 36), arm(323, 36)),
                        between("chest", "pelvis", 0.6, 0.04, 0),
                        move(0.80, 0.22, 0.74, 0.14)));
        // Side bends standing, the arm of the side overhead; the quadratus with the other hand on a wall.
        stretch.put(
                "EXTERNAL_OBLIQUE_SIDE_BEND",
                standingOnFloor(
                        PosePictures.sideBend(), between("rShoulder", "rHip", 0.7), move(0.98, 0.05, 1.12, 0.14)));
        stretch.put(
                "QUADRATUS_LUMBORUM_STANDING_SIDE_BEND",
                standingBeside(
                        PosePictures.sideBend().arms(arm(135, 105), arm(75, 95)),
                        new Prop(Kind.WALL, 1.15),
                        between("rShoulder", "rHip", 0.85, 0.01, 0),
                        move(0.98, 0.05, 1.12, 0.14)));

        // The low back rounded: knees to the chest on the back or on the side, the child pose.
        stretch.put(
                "THORACOLUMBAR_PARASPINALS_KNEES_TO_CHEST",
                supineOnMat(
                        PosePictures.lyingKneesBent()
                                .arms(arm(120, 170), arm(120, 170))
                                .legs(leg(190, 60, 30), leg(190, 60, 30)),
                        between("chest", "pelvis", 0.8, 0, 0),
                        push(0.22, -0.32, 0.12, -0.38)));
        // The curl is a movement of the knees forwards, so it is seen from above.
        Pose curl = new Pose(
                false, 0.68, 0.76, 270, 270, arm(171, 100), arm(250, 200), leg(210, 120, 90), leg(205, 115, 90));
        for (String curled : List.of("THORACOLUMBAR_PARASPINALS_SIDE_LYING_CURL", "MULTIFIDI_SIDE_LYING_CURL")) {
            stretch.put(
                    curled,
                    picture(
                            SIDE_LYING,
                            curl,
                            PosePictures.bedFromAbove(0.68, 0.76),
                            between("chest", "pelvis", 0.85, 0, 0.02),
                            move(0.74, 0.40, 0.60, 0.36)));
        }
        stretch.put(
                "MULTIFIDI_CHILD_POSE",
                kneelingOnFloor(
                        PosePictures.childPose(),
                        between("chest", "pelvis", 0.8, 0, -0.03),
                        move(0.95, 0.62, 1.1, 0.62)));
        // Knee rolls seen from above: both knees let down to one side, the shoulders flat.
        Pose kneeRoll = PosePictures.lyingFromAbove()
                .arms(arm(330, 330), arm(210, 210))
                .legs(leg(140, 60, 90), leg(150, 65, 90));
        for (String rolled : List.of("THORACOLUMBAR_PARASPINALS_KNEE_ROLLS", "MULTIFIDI_KNEE_ROLLS")) {
            stretch.put(
                    rolled,
                    picture(
                            SUPINE,
                            kneeRoll,
                            PosePictures.bedFromAboveOnTheBack(),
                            between("chest", "pelvis", 0.85),
                            move(0.93, 0.30, 0.93, 0.14)));
        }

        // Lying on the other side at the edge of the bed: the top leg slides back and down off the edge; for the
        // quadratus the top arm reaches overhead too.
        stretch.put(
                "QUADRATUS_LUMBORUM_SIDE_LYING_WAIST",
                picture(
                        SIDE_LYING,
                        PosePictures.sideLying()
                                .arms(arm(100, 95), arm(90, 270))
                                .legs(leg(315, 315, 270), leg(270, 270, 180)),
                        List.of(
                                new Prop(Kind.BED, 0.04, 1.26, 0.83),
                                new Prop(Kind.PILLOW, 1.035, 0.795),
                                new Prop(Kind.PILLOW, 0.72, 0.795)),
                        between("rShoulder", "rHip", 0.85, 0, 0.01),
                        move(0.32, 0.78, 0.28, 0.92)));
    }
}
