package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.KNEELING;
import static org.knotwork.bodymap.BodyPosition.SEATED;
import static org.knotwork.bodymap.BodyPosition.SIDE_LYING;
import static org.knotwork.bodymap.BodyPosition.STANDING;
import static org.knotwork.bodymap.BodyPosition.SUPINE;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.at;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.chair;
import static org.knotwork.handout.PosePictures.mat;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;

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
                picture(
                        SUPINE,
                        PosePictures.lyingKneesBent().arms(arm(100, 150), arm(90, 90)),
                        mat(),
                        between("chest", "pelvis", 0.9, 0, -0.05),
                        push(0, -0.13, 0, -0.06)));
        // Lying on the other side: fingertips on the front of the hip, or on the outer hip.
        Pose side = PosePictures.sideLying();
        pressure.put(
                "TENSOR_FASCIAE_LATAE",
                picture(
                        SIDE_LYING,
                        side,
                        PosePictures.bed(),
                        between("rHip", "rKnee", 0.12, 0, 0.01),
                        push(0, -0.12, 0, -0.05)));
        pressure.put(
                "GLUTEUS_MINIMUS",
                picture(SIDE_LYING, side, PosePictures.bed(), at("rHip", 0.02, 0.01), push(0, -0.12, 0, -0.05)));
        // Standing with the side of the buttock against a ball on the wall.
        pressure.put(
                "GLUTEUS_MEDIUS",
                picture(
                        STANDING,
                        PosePictures.standingFront().leaning(178, 180),
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.49), new Prop(Kind.BALL, 0.525, 0.47, 0.035)),
                        at("rHip", -0.035, -0.03),
                        push(0.10, -0.10, 0.03, -0.03)));
        // Sitting on a firm chair with the ball under the buttock.
        Pose onBall = new Pose(false, 0.56, 0.665, 180, 180, arm(20, 90), arm(20, 90), leg(75, 0, 90), leg(75, 0, 90));
        for (String seat : List.of("PIRIFORMIS", "GLUTEUS_MAXIMUS")) {
            pressure.put(
                    seat,
                    picture(
                            SEATED,
                            onBall,
                            List.of(
                                    FLOOR_LINE,
                                    new Prop(Kind.CHAIR, 0.47, 0.75, 1),
                                    new Prop(Kind.BALL, 0.56, 0.715, 0.035)),
                            between("pelvis", "rKnee", seat.equals("PIRIFORMIS") ? 0.1 : 0.02, 0, 0.03),
                            push(0.12, 0.15, 0.03, 0.05)));
        }

        // The front of the hip: kneeling lunge, or standing with the back heel lifted and a hand on a chair.
        stretch.put(
                "ILIOPSOAS_KNEELING_HIP_FLEXOR",
                picture(
                        KNEELING,
                        PosePictures.kneelingLunge(),
                        List.of(FLOOR_LINE),
                        between("rHip", "rKnee", 0.1),
                        move(0.62, 0.60, 0.74, 0.60)));
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
        List<Prop> wall = List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.40));
        stretch.put(
                "TENSOR_FASCIAE_LATAE_STANDING_CROSSOVER",
                picture(
                        STANDING,
                        crossover,
                        wall,
                        between("rHip", "rKnee", 0.2, -0.02, 0),
                        move(0.55, 0.40, 0.45, 0.40)));
        stretch.put(
                "GLUTEUS_MEDIUS_STANDING_CROSSOVER",
                picture(STANDING, crossover, wall, at("rHip", -0.02, -0.04), move(0.55, 0.40, 0.45, 0.40)));
        stretch.put(
                "GLUTEUS_MINIMUS_STANDING_CROSSOVER",
                picture(
                        STANDING,
                        crossover,
                        wall,
                        between("rHip", "rKnee", 0.08, -0.03, 0),
                        move(0.55, 0.40, 0.45, 0.40)));
        // Lying on the other side at the edge of the bed, the top leg behind, knee straight, hanging over the edge.
        stretch.put(
                "GLUTEUS_MEDIUS_SIDE_LYING_LEG_DROP",
                picture(
                        SIDE_LYING,
                        PosePictures.sideLying().legs(leg(315, 315, 270), leg(265, 290, 180)),
                        PosePictures.bed(),
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
                picture(
                        SUPINE,
                        new Pose(
                                false,
                                0.70,
                                0.90,
                                270,
                                270,
                                arm(150, 140),
                                arm(150, 140),
                                leg(150, 40, 90),
                                leg(125, 270, 120)),
                        mat(),
                        between("pelvis", "rKnee", 0.25, 0, 0.02),
                        push(0.12, -0.18, 0.04, -0.24)));
        // Seen from the front: the right ankle over the left knee.
        stretch.put(
                "PIRIFORMIS_SEATED_FIGURE_FOUR",
                picture(
                        SEATED,
                        PosePictures.seatedFront()
                                .leaning(180, 180)
                                .arms(arm(30, 40), arm(-20, -10))
                                .legs(leg(22, 120, 90), leg(60, 0, 90)),
                        PosePictures.stool(),
                        at("rHip", -0.04, 0.01),
                        null));
        stretch.put(
                "GLUTEUS_MAXIMUS_KNEE_TO_OPPOSITE_SHOULDER",
                picture(
                        SUPINE,
                        new Pose(
                                false,
                                0.70,
                                0.90,
                                270,
                                270,
                                arm(160, 150),
                                arm(90, 90),
                                leg(220, 80, 60),
                                leg(90, 90, 180)),
                        mat(),
                        between("pelvis", "rKnee", 0.15, 0, 0.03),
                        push(0.05, -0.38, -0.05, -0.42)));
        stretch.put(
                "GLUTEUS_MAXIMUS_SEATED_KNEE_LIFT",
                picture(
                        SEATED,
                        PosePictures.seated().arms(arm(112, 352), arm(112, 352)).legs(leg(150, 10, 90), leg(90, 0, 90)),
                        chair(),
                        between("pelvis", "rKnee", 0.1, 0, 0.03),
                        push(0.16, -0.14, 0.08, -0.22)));
    }
}
