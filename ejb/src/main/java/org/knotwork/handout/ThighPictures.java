package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.SEATED;
import static org.knotwork.bodymap.BodyPosition.SIDE_LYING;
import static org.knotwork.bodymap.BodyPosition.SUPINE;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.bedFromAbove;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnChairWith;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.sideLyingOnBed;
import static org.knotwork.handout.PosePictures.standingBeside;
import static org.knotwork.handout.PosePictures.standingOnFloor;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the thigh muscles and their catalogue stretches: see {@link Illustrations}. */
final class ThighPictures {

    private ThighPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Thumbs on the thigh sitting, the leg straight for the inner knee; the inner thigh with the knee turned out.
        pressure.put(
                "RECTUS_FEMORIS",
                seatedOnChair(
                        PosePictures.seated().arms(arm(45, 80), arm(45, 80)),
                        between("rHip", "rKnee", 0.35, 0, -0.03),
                        push(0, -0.12, 0, -0.05)));
        pressure.put(
                "VASTUS_MEDIALIS",
                seatedOnChair(
                        PosePictures.seated().arms(arm(55, 85), arm(45, 80)).legs(leg(75, 75, 170), leg(90, 0, 90)),
                        between("rHip", "rKnee", 0.85, 0, -0.03),
                        push(0, -0.12, 0, -0.05)));
        for (String inner : List.of("ADDUCTOR_LONGUS_BREVIS", "ADDUCTOR_MAGNUS")) {
            pressure.put(
                    inner,
                    seatedOnStool(
                            PosePictures.seatedFront()
                                    .arms(arm(-20, 10), arm(-8, 0))
                                    .legs(leg(-80, 0, 270), leg(60, 0, 90)),
                            between("rHip", "rKnee", inner.equals("ADDUCTOR_MAGNUS") ? 0.55 : 0.3, 0, 0.025),
                            push(0, 0.12, 0, 0.05)));
        }
        // Lying on the other side: fingertips along the outer thigh.
        pressure.put(
                "VASTUS_LATERALIS",
                sideLyingOnBed(
                        PosePictures.sideLying(), between("rHip", "rKnee", 0.5, 0, -0.01), push(0, -0.12, 0, -0.05)));
        pressure.put(
                "HAMSTRINGS",
                seatedOnChairWith(
                        PosePictures.seated(),
                        new Prop(Kind.BALL, 0.68, 0.765, 0.03),
                        between("rHip", "rKnee", 0.5, 0, 0.02),
                        push(0, 0.14, 0, 0.07)));

        // The front of the thigh: the heel drawn to the buttock standing with a hand on the wall, or lying on the side.
        Pose quad = PosePictures.standing().arms(arm(-14, -14), arm(100, 90)).legs(leg(0, 200, 200), leg(0, 0, 90));
        Prop wall = new Prop(Kind.WALL, 1.0);
        Pose sideQuad = PosePictures.sideLyingFromAbove()
                .arms(arm(75, 84), arm(250, 200))
                .legs(leg(95, 290, 270), leg(100, 80, 90));
        for (String front : List.of("RECTUS_FEMORIS", "VASTUS_MEDIALIS", "VASTUS_LATERALIS")) {
            double t = front.equals("RECTUS_FEMORIS") ? 0.4 : 0.7;
            stretch.put(
                    front + "_STANDING",
                    standingBeside(quad, wall, between("rHip", "rKnee", t, 0.02, 0), push(-0.18, 0.12, -0.22, 0.02)));
            stretch.put(
                    front + "_SIDE_LYING",
                    picture(
                            SIDE_LYING,
                            sideQuad,
                            bedFromAbove(),
                            between("rHip", "rKnee", t, 0, -0.02),
                            move(0.78, 0.80, 0.66, 0.80)));
        }

        // The inner thigh: butterfly and wide legs on the floor, or a side lunge holding a chair.
        stretch.put(
                "ADDUCTOR_LONGUS_BREVIS_BUTTERFLY",
                picture(
                        SEATED,
                        new Pose(
                                true,
                                0.65,
                                0.78,
                                180,
                                180,
                                arm(-25, -60),
                                arm(25, 60),
                                leg(-80, 60, 300),
                                leg(80, -60, 60)),
                        List.of(new Prop(Kind.FLOOR, 0.84)),
                        between("rHip", "rKnee", 0.4, 0, 0.02),
                        push(-0.05, -0.12, -0.05, -0.05)));
        stretch.put(
                "ADDUCTOR_MAGNUS_WIDE_LEG_FORWARD",
                picture(
                        SEATED,
                        new Pose(
                                true,
                                0.65,
                                0.80,
                                175,
                                170,
                                arm(-20, 0),
                                arm(20, 0),
                                leg(-80, -80, 180),
                                leg(80, 80, 180)),
                        List.of(new Prop(Kind.FLOOR, 0.86)),
                        between("rHip", "rKnee", 0.5, 0, 0.02),
                        move(0.65, 0.24, 0.65, 0.34)));
        stretch.put(
                "ADDUCTOR_MAGNUS_STANDING_SIDE_LUNGE",
                standingOnFloor(
                        new Pose(
                                true,
                                0.70,
                                0.575,
                                180,
                                180,
                                arm(-10, 0),
                                arm(30, 10),
                                leg(-36, -36, 270),
                                leg(50, 0, 90)),
                        between("rHip", "rKnee", 0.4, 0, 0.02),
                        move(0.62, 0.42, 0.78, 0.42)));

        // The back of the thigh: lying with a towel round the foot, or sitting on the front of a chair, leaning
        // forward.
        stretch.put(
                "HAMSTRINGS_LYING_TOWEL",
                picture(
                        SUPINE,
                        new Pose(
                                false,
                                0.60,
                                0.90,
                                270,
                                270,
                                arm(130, 150),
                                arm(130, 150),
                                leg(150, 150, 240),
                                leg(140, 40, 90)),
                        List.of(new Prop(Kind.FLOOR, 0.94), new Prop(Kind.TOWEL, 0.60, 0.65, 0.84, 0.47)),
                        between("rHip", "rKnee", 0.5, 0, 0),
                        push(0.06, -0.12, 0.0, -0.2)));
        stretch.put(
                "HAMSTRINGS_SEATED",
                seatedOnChair(
                        new Pose(false, 0.62, 0.73, 150, 150, arm(10, 9), arm(10, 9), leg(61, 61, 165), leg(90, 0, 90)),
                        between("rHip", "rKnee", 0.5, 0, 0.02),
                        move(0.80, 0.28, 0.90, 0.36)));
    }
}
