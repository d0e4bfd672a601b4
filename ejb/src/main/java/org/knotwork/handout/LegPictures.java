package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.bed;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.chair;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the thigh, lower leg and foot muscles: see {@link Illustrations}. */
final class LegPictures {

    private LegPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Thigh: thumbs or a ball on the thigh; the standing and lying stretches.
        Pose sittingThumbs = PosePictures.seated().arms(arm(45, 80), arm(45, 80));
        pressure.put(
                "RECTUS_FEMORIS",
                picture(sittingThumbs, chair(), between("rHip", "rKnee", 0.35, 0, -0.03), push(0, -0.12, 0, -0.05)));
        pressure.put(
                "VASTUS_MEDIALIS",
                picture(sittingThumbs, chair(), between("rHip", "rKnee", 0.8, 0, -0.03), push(0, -0.12, 0, -0.05)));
        pressure.put(
                "VASTUS_LATERALIS",
                picture(
                        PosePictures.sideLying().arms(arm(160, 150), arm(150, 100)),
                        bed(),
                        between("rHip", "rKnee", 0.5, 0, -0.03),
                        push(0, -0.12, 0, -0.05)));
        pressure.put(
                "ADDUCTOR_LONGUS_BREVIS",
                picture(
                        PosePictures.seatedFront().arms(arm(20, 10), arm(-8, 0)).legs(leg(-40, 0, 270), leg(12, 0, 90)),
                        PosePictures.stool(),
                        between("rHip", "rKnee", 0.3, 0.02, 0),
                        push(-0.11, 0.02, -0.04, 0.02)));
        pressure.put(
                "ADDUCTOR_MAGNUS",
                picture(
                        PosePictures.seatedFront().arms(arm(25, 15), arm(-8, 0)).legs(leg(-40, 0, 270), leg(12, 0, 90)),
                        PosePictures.stool(),
                        between("rHip", "rKnee", 0.55, 0.02, 0),
                        push(-0.11, 0.02, -0.04, 0.02)));
        pressure.put(
                "HAMSTRINGS",
                picture(
                        PosePictures.seated(),
                        List.of(
                                FLOOR_LINE,
                                new Prop(Kind.CHAIR, 0.47, 0.75, 1),
                                new Prop(Kind.BALL, 0.68, 0.765, 0.03)),
                        between("rHip", "rKnee", 0.5, 0, 0.02),
                        push(0, 0.14, 0, 0.07)));
        Pose quad = PosePictures.standing().arms(arm(-14, -14), arm(100, 90)).legs(leg(0, 200, 200), leg(0, 0, 90));
        stretch.put(
                "RECTUS_FEMORIS",
                picture(
                        quad,
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 1.0)),
                        between("rHip", "rKnee", 0.4, 0.02, 0),
                        push(-0.18, 0.12, -0.22, 0.02)));
        stretch.put(
                "VASTUS_LATERALIS",
                picture(
                        quad,
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 1.0)),
                        between("rHip", "rKnee", 0.6, 0.02, 0),
                        push(-0.18, 0.08, -0.22, -0.02)));
        stretch.put(
                "VASTUS_MEDIALIS",
                picture(
                        new Pose(
                                false,
                                0.45,
                                0.80,
                                270,
                                270,
                                arm(150, 190),
                                arm(90, 90),
                                leg(90, 240, 270),
                                leg(90, 90, 180)),
                        bed(),
                        between("rHip", "rKnee", 0.75, 0, 0),
                        push(0.1, -0.1, 0.02, -0.15)));
        stretch.put(
                "ADDUCTOR_LONGUS_BREVIS",
                picture(
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
                        List.of(new Prop(Kind.FLOOR, 0.84), new Prop(Kind.WALL, 0.20)),
                        between("rHip", "rKnee", 0.4, 0, 0.02),
                        push(-0.05, -0.12, -0.05, -0.05)));
        stretch.put(
                "ADDUCTOR_MAGNUS",
                picture(
                        new Pose(
                                true,
                                0.65,
                                0.72,
                                175,
                                170,
                                arm(-20, 0),
                                arm(20, 0),
                                leg(-60, -60, 180),
                                leg(60, 60, 180)),
                        List.of(new Prop(Kind.FLOOR, 0.86)),
                        between("rHip", "rKnee", 0.5, 0, 0.02),
                        move(0.65, 0.18, 0.65, 0.30)));
        stretch.put(
                "HAMSTRINGS",
                picture(
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

        // Lower leg and foot: thumbs on the leg; calf stretches at a wall; the foot held across the knee.
        for (String shin : List.of("TIBIALIS_ANTERIOR", "EXTENSOR_DIGITORUM_LONGUS", "PERONEUS_LONGUS")) {
            double t = shin.equals("TIBIALIS_ANTERIOR") ? 0.3 : 0.35;
            pressure.put(
                    shin,
                    picture(
                            PosePictures.seated().leaning(165, 160).arms(arm(60, 20), arm(60, 20)),
                            chair(),
                            between("rKnee", "rAnkle", t, 0.02, 0),
                            push(0.12, 0, 0.05, 0)));
        }
        for (String calf : List.of("GASTROCNEMIUS", "SOLEUS")) {
            double t = calf.equals("GASTROCNEMIUS") ? 0.3 : 0.7;
            pressure.put(
                    calf,
                    picture(
                            PosePictures.seated()
                                    .leaning(160, 160)
                                    .legs(leg(70, 30, 110), leg(90, 0, 90))
                                    .arms(arm(50, 40), arm(50, 40)),
                            chair(),
                            between("rKnee", "rAnkle", t, -0.025, 0),
                            push(-0.12, 0, -0.05, 0)));
        }
        List<Prop> calfWall = List.of(FLOOR_LINE, new Prop(Kind.WALL, 1.08));
        stretch.put(
                "GASTROCNEMIUS",
                picture(
                        new Pose(
                                false,
                                0.62,
                                0.50,
                                160,
                                160,
                                arm(115, 95),
                                arm(115, 95),
                                leg(-20, -20, 90),
                                leg(20, -5, 90)),
                        calfWall,
                        between("rKnee", "rAnkle", 0.35, -0.02, 0),
                        move(0.7, 0.30, 0.82, 0.30)));
        stretch.put(
                "SOLEUS",
                picture(
                        new Pose(
                                false,
                                0.66,
                                0.56,
                                170,
                                165,
                                arm(110, 95),
                                arm(110, 95),
                                leg(15, -25, 90),
                                leg(30, -10, 90)),
                        calfWall,
                        between("rKnee", "rAnkle", 0.7, -0.02, 0),
                        move(0.58, 0.50, 0.58, 0.60)));
        stretch.put(
                "TIBIALIS_ANTERIOR",
                picture(
                        PosePictures.kneelingSitBack(),
                        List.of(FLOOR_LINE),
                        between("rKnee", "rAnkle", 0.4, 0, -0.02),
                        move(0.50, 0.52, 0.42, 0.62)));
        Pose footOnKnee = PosePictures.seated()
                .leaning(150, 140)
                .arms(arm(30, 10), arm(40, 20))
                .legs(leg(130, 20, 110), leg(90, 0, 90));
        stretch.put(
                "EXTENSOR_DIGITORUM_LONGUS",
                picture(footOnKnee, chair(), between("rKnee", "rAnkle", 0.5, 0, -0.02), push(0.0, -0.1, 0.06, -0.14)));
        // Peroneus: the foot pulled up first, then the sole turned in.
        stretch.put(
                "PERONEUS_LONGUS",
                picture(
                        footOnKnee,
                        chair(),
                        between("rKnee", "rAnkle", 0.5, 0, -0.02),
                        push(-0.02, -0.14, -0.1, -0.18)));
        stretch.put(
                "PLANTAR_FOOT_MUSCLES",
                picture(footOnKnee, chair(), between("rAnkle", "rToe", 0.5), push(0.0, -0.08, -0.06, -0.12)));
        pressure.put(
                "PLANTAR_FOOT_MUSCLES",
                picture(
                        PosePictures.seated(),
                        List.of(
                                FLOOR_LINE,
                                new Prop(Kind.CHAIR, 0.47, 0.75, 1),
                                new Prop(Kind.BALL, 0.83, 0.95, 0.025)),
                        between("rAnkle", "rToe", 0.4, 0, -0.03),
                        push(0, -0.12, 0, -0.05)));
    }
}
