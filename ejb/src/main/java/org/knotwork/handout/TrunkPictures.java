package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.bed;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.mat;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the belly, low back, hip and buttock muscles: see {@link Illustrations}. */
final class TrunkPictures {

    private TrunkPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Belly and low back.
        pressure.put(
                "RECTUS_ABDOMINIS",
                picture(
                        PosePictures.lyingKneesBent().arms(arm(120, 60), arm(90, 90)),
                        mat(),
                        between("chest", "pelvis", 0.6, 0, -0.04),
                        push(0, -0.13, 0, -0.06)));
        pressure.put(
                "EXTERNAL_OBLIQUE",
                picture(
                        PosePictures.lyingKneesBent().arms(arm(130, 70), arm(90, 90)),
                        mat(),
                        between("chest", "pelvis", 0.75, 0, -0.04),
                        push(0, -0.13, 0, -0.06)));
        stretch.put(
                "RECTUS_ABDOMINIS",
                picture(
                        PosePictures.proppedOnForearms(),
                        List.of(new Prop(Kind.FLOOR, 0.955)),
                        between("chest", "pelvis", 0.5, 0, 0.03),
                        move(0.92, 0.62, 0.92, 0.52)));
        for (String back : List.of("THORACOLUMBAR_PARASPINALS", "MULTIFIDI", "QUADRATUS_LUMBORUM")) {
            pressure.put(
                    back,
                    picture(
                            PosePictures.lyingKneesBent(),
                            List.of(new Prop(Kind.FLOOR, 0.985), new Prop(Kind.BALL, 0.62, 0.945, 0.035)),
                            between("chest", "pelvis", 0.75, 0, 0.04),
                            push(0, 0.13, 0, 0.08)));
        }
        stretch.put(
                "THORACOLUMBAR_PARASPINALS",
                picture(
                        new Pose(
                                false,
                                0.70,
                                0.90,
                                270,
                                270,
                                arm(120, 170),
                                arm(120, 170),
                                leg(190, 60, 30),
                                leg(190, 60, 30)),
                        mat(),
                        between("chest", "pelvis", 0.8, 0, 0),
                        push(0.22, -0.32, 0.12, -0.38)));
        stretch.put(
                "MULTIFIDI",
                picture(
                        PosePictures.childPose(),
                        List.of(FLOOR_LINE),
                        between("chest", "pelvis", 0.8, 0, -0.03),
                        move(0.95, 0.62, 1.1, 0.62)));
        stretch.put(
                "QUADRATUS_LUMBORUM",
                picture(
                        new Pose(
                                false,
                                0.70,
                                0.80,
                                270,
                                265,
                                arm(270, 270),
                                arm(120, 90),
                                leg(90, 90, 180),
                                leg(120, 20, 90)),
                        List.of(new Prop(Kind.BED, 0.05, 0.95, 0.86)),
                        between("chest", "pelvis", 0.85, 0, -0.04),
                        move(1.0, 0.86, 1.05, 0.98)));

        // Hip and buttock: a ball under the buttock or side; the stretches lying down or kneeling.
        for (String glute : List.of("GLUTEUS_MEDIUS", "GLUTEUS_MINIMUS", "PIRIFORMIS", "GLUTEUS_MAXIMUS")) {
            pressure.put(
                    glute,
                    picture(
                            PosePictures.lyingKneesBent(),
                            List.of(new Prop(Kind.FLOOR, 0.985), new Prop(Kind.BALL, 0.73, 0.945, 0.035)),
                            between("pelvis", "rKnee", 0.12, 0, 0.04),
                            push(0, 0.13, 0, 0.08)));
        }
        pressure.put(
                "TENSOR_FASCIAE_LATAE",
                picture(
                        PosePictures.sideLying().arms(arm(160, 230), arm(150, 100)),
                        bed(),
                        between("rHip", "rKnee", 0.15, 0, -0.03),
                        push(-0.05, -0.12, -0.02, -0.06)));
        pressure.put(
                "ILIOPSOAS",
                picture(
                        PosePictures.lyingKneesBent().arms(arm(100, 150), arm(90, 90)),
                        mat(),
                        between("chest", "pelvis", 0.9, 0, -0.05),
                        push(0, -0.13, 0, -0.06)));
        stretch.put(
                "ILIOPSOAS",
                picture(
                        PosePictures.kneelingLunge(),
                        List.of(FLOOR_LINE),
                        between("rHip", "rKnee", 0.1),
                        move(0.62, 0.60, 0.74, 0.60)));
        // Gluteus medius: the straight leg taken across the other, lying on the back (hip adduction), not a figure-4.
        stretch.put(
                "GLUTEUS_MEDIUS",
                picture(
                        new Pose(
                                true,
                                0.65,
                                0.40,
                                180,
                                180,
                                arm(60, 90),
                                arm(-60, -90),
                                leg(25, 20, 270),
                                leg(2, 0, 90)),
                        List.of(new Prop(Kind.BED, 0.3, 1.0, 0.05)),
                        between("rHip", "rKnee", 0.05, -0.03, 0),
                        move(0.55, 0.85, 0.72, 0.85)));
        stretch.put(
                "GLUTEUS_MINIMUS",
                picture(
                        new Pose(
                                true,
                                0.65,
                                0.40,
                                180,
                                180,
                                arm(60, 90),
                                arm(-60, -90),
                                leg(30, 25, 270),
                                leg(-10, 30, 90)),
                        List.of(new Prop(Kind.BED, 0.3, 1.0, 0.05)),
                        between("rHip", "rKnee", 0.05, -0.03, 0),
                        move(0.55, 0.85, 0.74, 0.85)));
        stretch.put(
                "PIRIFORMIS",
                picture(
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
        stretch.put(
                "GLUTEUS_MAXIMUS",
                picture(
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
                "TENSOR_FASCIAE_LATAE",
                picture(
                        new Pose(
                                true,
                                0.60,
                                0.48,
                                192,
                                185,
                                arm(25, 0),
                                arm(-80, -90),
                                leg(-18, 0, 270),
                                leg(15, 5, 90)),
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.40)),
                        between("rHip", "rKnee", 0.2, -0.02, 0),
                        move(0.55, 0.40, 0.45, 0.40)));
    }
}
