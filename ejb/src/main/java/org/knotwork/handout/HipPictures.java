package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.STANDING;
import static org.knotwork.bodymap.BodyPosition.SUPINE;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.at;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.kneelingOnFloor;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnChairWith;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.sideLyingOnBed;
import static org.knotwork.handout.PosePictures.standingAgainstBall;
import static org.knotwork.handout.PosePictures.standingBeside;
import static org.knotwork.handout.PosePictures.supineOnMat;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/**
 * The pictures of the hip and buttock muscles and their catalogue stretches: see {@link Illustrations}. The gluteus
 * medius is stretched by taking the leg across (DOMAIN.md), standing or lying on the side; the figure-4 is the
 * piriformis'.
 */
final class HipPictures {

    private HipPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        pressure.put(
                "ILIOPSOAS",
                supineOnMat(
                        PosePictures.lyingKneesBent().arms(arm(100, 150), arm(90, 90)),
                        between("chest", "pelvis", 0.9, 0, -0.05),
                        push(0, -0.13, 0, -0.06)));
        // Lying on the other side: fingertips on the front of the hip, or on the outer hip.
        Pose side = PosePictures.sideLying();
        pressure.put(
                "TENSOR_FASCIAE_LATAE",
                sideLyingOnBed(side, between("rHip", "rKnee", 0.12, 0, 0.01), push(0, -0.12, 0, -0.05)));
        pressure.put("GLUTEUS_MINIMUS", sideLyingOnBed(side, at("rHip", 0.02, 0.01), push(0, -0.12, 0, -0.05)));
        // Standing with the side of the buttock against a ball on the wall.
        pressure.put(
                "GLUTEUS_MEDIUS",
                standingAgainstBall(
                        PosePictures.standingFront().leaning(178, 180),
                        new Prop(Kind.WALL, 0.49),
                        new Prop(Kind.BALL, 0.525, 0.47, 0.035),
                        at("rHip", -0.035, -0.03),
                        push(0.10, -0.10, 0.03, -0.03)));
        // Sitting on a firm chair with the ball under the buttock.
        Pose onBall = new Pose(false, 0.56, 0.665, 180, 180, arm(20, 90), arm(20, 90), leg(75, 0, 90), leg(75, 0, 90));
        for (String seat : List.of("PIRIFORMIS", "GLUTEUS_MAXIMUS")) {
            pressure.put(
                    seat,
                    seatedOnChairWith(
                            onBall,
                            new Prop(Kind.BALL, 0.56, 0.715, 0.035),
                            between("pelvis", "rKnee", seat.equals("PIRIFORMIS") ? 0.1 : 0.02, 0, 0.03),
                            push(0.12, 0.15, 0.03, 0.05)));
        }

        // The front of the hip: kneeling lunge, or standing with the back heel lifted and a hand on a chair.
        stretch.put(
                "ILIOPSOAS_KNEELING_HIP_FLEXOR",
                kneelingOnFloor(
                        PosePictures.kneelingLunge(), between("rHip", "rKnee", 0.1), move(0.62, 0.60, 0.74, 0.60)));
        stretch.put(
                "ILIOPSOAS_STANDING_LUNGE",
                picture(
                        STANDING,
                        new Pose(
                                false,
                                0.66,
                                0.55,
                                180,
                                180,
                                arm(71, 54),
                                arm(71, 54),
                                leg(321, 321, 50),
                                leg(42, 0, 90)),
                        List.of(FLOOR_LINE, new Prop(Kind.CHAIR, 0.95, 0.70, 1)),
                        between("rHip", "rKnee", 0.1),
                        move(0.50, 0.58, 0.62, 0.62)));
        // Side-on to the wall, the leg crossed behind, the hip drifting out towards the wall.
        Pose crossover =
                new Pose(true, 0.60, 0.48, 192, 185, arm(25, 0), arm(-80, -90), leg(-18, 0, 270), leg(15, 5, 90));
        Prop wall = new Prop(Kind.WALL, 0.40);
        stretch.put(
                "TENSOR_FASCIAE_LATAE_STANDING_CROSSOVER",
                standingBeside(crossover, wall, between("rHip", "rKnee", 0.2, -0.02, 0), move(0.55, 0.40, 0.45, 0.40)));
        stretch.put(
                "GLUTEUS_MEDIUS_STANDING_CROSSOVER",
                standingBeside(crossover, wall, at("rHip", -0.02, -0.04), move(0.55, 0.40, 0.45, 0.40)));
        stretch.put(
                "GLUTEUS_MINIMUS_STANDING_CROSSOVER",
                standingBeside(
                        crossover, wall, between("rHip", "rKnee", 0.08, -0.03, 0), move(0.55, 0.40, 0.45, 0.40)));
        // Lying on the other side at the edge of the bed, the top leg behind, knee straight, hanging over the edge.
        stretch.put(
                "GLUTEUS_MEDIUS_SIDE_LYING_LEG_DROP",
                sideLyingOnBed(
                        PosePictures.sideLying().legs(leg(315, 315, 270), leg(265, 290, 180)),
                        at("rHip", 0.02, 0.01),
                        move(0.32, 0.78, 0.28, 0.92)));
        // Lying on the back seen from above: the straight leg taken across the other.
        stretch.put(
                "GLUTEUS_MINIMUS_LYING_LEG_ACROSS",
                picture(
                        SUPINE,
                        PosePictures.lyingFromAbove().legs(leg(112, 108, 90), leg(75, 95, 90)),
                        PosePictures.bedFromAboveOnTheBack(),
                        at("rHip", 0, 0.03),
                        move(1.21, 0.50, 1.21, 0.36)));
        stretch.put(
                "PIRIFORMIS_LYING_FIGURE_FOUR",
                supineOnMat(
                        PosePictures.lyingKneesBent()
                                .arms(arm(150, 140), arm(150, 140))
                                .legs(leg(150, 40, 90), leg(125, 270, 120)),
                        between("pelvis", "rKnee", 0.25, 0, 0.02),
                        push(0.12, -0.18, 0.04, -0.24)));
        // Seen from the front: the right ankle over the left knee.
        stretch.put(
                "PIRIFORMIS_SEATED_FIGURE_FOUR",
                seatedOnStool(
                        PosePictures.seatedFront()
                                .leaning(180, 180)
                                .arms(arm(30, 40), arm(-20, -10))
                                .legs(leg(22, 120, 90), leg(60, 0, 90)),
                        at("rHip", -0.04, 0.01),
                        null));
        stretch.put(
                "GLUTEUS_MAXIMUS_KNEE_TO_OPPOSITE_SHOULDER",
                supineOnMat(
                        PosePictures.lyingKneesBent()
                                .arms(arm(160, 150), arm(90, 90))
                                .legs(leg(220, 80, 60), leg(90, 90, 180)),
                        between("pelvis", "rKnee", 0.15, 0, 0.03),
                        push(0.05, -0.38, -0.05, -0.42)));
        stretch.put(
                "GLUTEUS_MAXIMUS_SEATED_KNEE_LIFT",
                seatedOnChair(
                        PosePictures.seated().arms(arm(112, 352), arm(112, 352)).legs(leg(150, 10, 90), leg(90, 0, 90)),
                        between("pelvis", "rKnee", 0.1, 0, 0.03),
                        push(0.16, -0.14, 0.08, -0.22)));
    }
}
