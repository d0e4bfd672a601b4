package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.sideLyingOnBed;
import static org.knotwork.handout.PosePictures.standingAgainstBall;
import static org.knotwork.handout.PosePictures.standingOnFloor;
import static org.knotwork.handout.PosePictures.supineOnBall;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the shoulder blade and upper back muscles and their catalogue stretches: see {@link Illustrations}. */
final class ShoulderBladePictures {

    private ShoulderBladePictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Standing with the back to a wall, a ball between the wall and the shoulder blade.
        Pose againstWall = PosePictures.standing().leaning(183, 180);
        for (String blade :
                List.of("LEVATOR_SCAPULAE", "SUPRASPINATUS", "TERES_MINOR", "SERRATUS_POSTERIOR_SUPERIOR")) {
            double down =
                    blade.equals("TERES_MINOR") ? 0.09 : blade.equals("SERRATUS_POSTERIOR_SUPERIOR") ? 0.05 : 0.02;
            pressure.put(
                    blade,
                    standingAgainstBall(
                            againstWall,
                            new Prop(Kind.WALL, 0.55),
                            new Prop(Kind.BALL, 0.585, 0.19 + down, 0.035),
                            between("chest", "pelvis", down / 0.3, -0.04, 0),
                            push(0.12, 0, 0.06, 0)));
        }
        // Lying on the back, knees bent, the ball under the shoulder blade and the weight let onto it.
        for (String blade : List.of("INFRASPINATUS", "MIDDLE_TRAPEZIUS", "RHOMBOIDS", "LOWER_TRAPEZIUS")) {
            double t = switch (blade) {
                case "INFRASPINATUS" -> 0.2;
                case "LOWER_TRAPEZIUS" -> 0.4;
                default -> 0.15;
            };
            pressure.put(
                    blade,
                    supineOnBall(0.40 + 0.3 * t, between("chest", "pelvis", t, 0, 0.04), push(0, -0.17, 0, -0.09)));
        }
        // Lying on the side, the top arm forward out of the way, the fold at the back of the armpit pinched.
        Pose armForward = PosePictures.sideLying().arms(arm(120, 95), arm(90, 270));
        pressure.put(
                "TERES_MAJOR",
                sideLyingOnBed(armForward, between("rShoulder", "rHip", 0.08, 0, 0.01), push(0, -0.12, 0, -0.05)));
        pressure.put(
                "LATISSIMUS_DORSI",
                sideLyingOnBed(armForward, between("rShoulder", "rHip", 0.3, 0, 0.01), push(0, -0.12, 0, -0.05)));

        // The arm drawn across the chest at shoulder height, the other hand above the elbow.
        Pose acrossSeated = PosePictures.armAcrossSeated();
        for (String across : List.of(
                "INFRASPINATUS_CROSS_BODY",
                "MIDDLE_TRAPEZIUS_CROSS_BODY_TALL",
                "RHOMBOIDS_CROSS_BODY_TALL",
                "SERRATUS_POSTERIOR_SUPERIOR_CROSS_BODY_TALL")) {
            double inward = across.startsWith("INFRASPINATUS") ? 0.0 : 0.03;
            stretch.put(
                    across,
                    seatedOnStool(
                            acrossSeated,
                            between("rShoulder", "rHip", 0.12, inward, 0.02),
                            push(0.32, -0.08, 0.40, -0.08)));
        }
        stretch.put(
                "LOWER_TRAPEZIUS_CROSS_BODY_UP",
                seatedOnStool(
                        PosePictures.seatedFront().arms(arm(115, 115), arm(309, 157)),
                        between("rShoulder", "rHip", 0.35, 0.03, 0),
                        push(0.30, -0.28, 0.37, -0.33)));
        stretch.put(
                "TERES_MINOR_CROSS_BODY_RAISED",
                standingOnFloor(
                        PosePictures.standingFront().arms(arm(95, 95), arm(30, 200)),
                        between("rShoulder", "rElbow", 0.05, -0.03, 0.02),
                        push(0.32, -0.06, 0.40, -0.09)));
        // The back of the hand on the low back, the other hand drawing the wrist across.
        stretch.put(
                "SUPRASPINATUS_ARM_BEHIND_BACK",
                standingOnFloor(
                        PosePictures.armBehindBack(),
                        between("neck", "chest", 0.9, -0.03, -0.02),
                        push(-0.06, 0.28, -0.06, 0.2)));

        // Rounding the upper back: a hug, the arms reaching forward.
        Pose hug = PosePictures.seated().leaning(170, 140).arms(arm(100, 250), arm(100, 250));
        stretch.put(
                "MIDDLE_TRAPEZIUS_HUG",
                seatedOnChair(hug, between("chest", "pelvis", 0.25, -0.05, 0), push(-0.12, 0, -0.17, 0)));
        stretch.put(
                "SERRATUS_POSTERIOR_SUPERIOR_SLUMPED_HUG",
                seatedOnChair(
                        PosePictures.seated().leaning(160, 125).arms(arm(100, 250), arm(100, 250)),
                        between("chest", "pelvis", 0.15, -0.05, 0),
                        push(-0.12, 0, -0.17, 0)));
        stretch.put(
                "RHOMBOIDS_ARMS_FORWARD",
                seatedOnChair(
                        PosePictures.seated().leaning(170, 150).arms(arm(95, 95), arm(95, 95)),
                        between("chest", "pelvis", 0.2, -0.05, 0),
                        push(0.45, -0.05, 0.55, -0.05)));
        // Forward and slightly down, the back rounding.
        stretch.put(
                "LOWER_TRAPEZIUS_FORWARD_REACH",
                seatedOnChair(
                        PosePictures.seated().leaning(162, 140).arms(arm(75, 75), arm(75, 75)),
                        between("chest", "pelvis", 0.45, -0.05, 0),
                        push(0.42, 0.04, 0.52, 0.08)));

        // Standing, the arm overhead and the body leaning to the other side.
        stretch.put(
                "TERES_MAJOR_OVERHEAD_SIDE_BEND",
                standingOnFloor(
                        new Pose(
                                true,
                                0.62,
                                0.50,
                                166,
                                170,
                                arm(178, 60),
                                arm(189, 257),
                                leg(-12, 0, 270),
                                leg(22, 0, 90)),
                        between("rShoulder", "rHip", 0.12),
                        move(0.86, 0.10, 1.0, 0.18)));
        stretch.put(
                "LATISSIMUS_DORSI_OVERHEAD_SIDE",
                standingOnFloor(
                        PosePictures.sideBend().arms(arm(135, 105), arm(200, 116)),
                        between("rShoulder", "rHip", 0.35),
                        move(0.98, 0.05, 1.12, 0.14)));
    }
}
