package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.STANDING;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.kneelingOnFloor;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnChairWith;
import static org.knotwork.handout.PosePictures.standingBeside;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the lower leg and foot muscles and their catalogue stretches: see {@link Illustrations}. */
final class LegPictures {

    private LegPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Thumbs on the shin and the calf, a ball under the sole; calf stretches at a wall; the foot held across the
        // knee.
        for (String shin : List.of("TIBIALIS_ANTERIOR", "EXTENSOR_DIGITORUM_LONGUS", "PERONEUS_LONGUS")) {
            double t = shin.equals("TIBIALIS_ANTERIOR") ? 0.3 : 0.35;
            pressure.put(
                    shin,
                    seatedOnChair(
                            PosePictures.seated().leaning(165, 160).arms(arm(60, 20), arm(60, 20)),
                            between("rKnee", "rAnkle", t, 0.02, 0),
                            push(0.12, 0, 0.05, 0)));
        }
        for (String calf : List.of("GASTROCNEMIUS", "SOLEUS")) {
            double t = calf.equals("GASTROCNEMIUS") ? 0.3 : 0.7;
            pressure.put(
                    calf,
                    seatedOnChair(
                            PosePictures.seated()
                                    .leaning(160, 160)
                                    .legs(leg(75, 40, 120), leg(90, 0, 90))
                                    .arms(arm(50, 40), arm(50, 40)),
                            between("rKnee", "rAnkle", t, -0.025, 0),
                            push(-0.12, 0, -0.05, 0)));
        }
        Prop calfWall = new Prop(Kind.WALL, 1.08);
        stretch.put(
                "GASTROCNEMIUS_WALL_KNEE_STRAIGHT",
                standingBeside(
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
                "SOLEUS_WALL_KNEE_BENT",
                standingBeside(
                        new Pose(
                                false,
                                0.66,
                                0.52,
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
                "TIBIALIS_ANTERIOR_KNEELING_SHIN",
                kneelingOnFloor(
                        PosePictures.kneelingSitBack(),
                        between("rKnee", "rAnkle", 0.4, 0, -0.02),
                        move(0.50, 0.52, 0.42, 0.62)));
        Pose footOnKnee = PosePictures.seated()
                .leaning(150, 140)
                .arms(arm(30, 10), arm(40, 20))
                .legs(leg(130, 20, 110), leg(90, 0, 90));
        stretch.put(
                "EXTENSOR_DIGITORUM_LONGUS_TOE_CURL",
                seatedOnChair(footOnKnee, between("rKnee", "rAnkle", 0.5, 0, -0.02), push(0.0, -0.1, 0.06, -0.14)));
        // Peroneus: the foot pulled up first, then the sole turned in.
        stretch.put(
                "PERONEUS_LONGUS_FOOT_UP_SOLE_IN",
                seatedOnChair(footOnKnee, between("rKnee", "rAnkle", 0.5, 0, -0.02), push(-0.02, -0.14, -0.1, -0.18)));
        stretch.put(
                "PLANTAR_FOOT_MUSCLES_TOES_BACK",
                seatedOnChair(footOnKnee, between("rAnkle", "rToe", 0.5), push(0.0, -0.08, -0.06, -0.12)));
        pressure.put(
                "PLANTAR_FOOT_MUSCLES",
                seatedOnChairWith(
                        PosePictures.seated(),
                        new Prop(Kind.BALL, 0.83, 0.95, 0.025),
                        between("rAnkle", "rToe", 0.4, 0, -0.03),
                        push(0, -0.12, 0, -0.05)));
        // Standing holding a chair, the top of the foot on the floor behind, the standing knee bending a little.
        stretch.put(
                "TIBIALIS_ANTERIOR_STANDING_SHIN",
                picture(
                        STANDING,
                        new Pose(
                                false,
                                0.62,
                                0.50,
                                180,
                                180,
                                arm(66, 41),
                                arm(66, 41),
                                leg(350, 330, 275),
                                leg(15, -10, 90)),
                        List.of(FLOOR_LINE, new Prop(Kind.CHAIR, 0.88, 0.68, 1)),
                        between("rKnee", "rAnkle", 0.4, 0, 0.02),
                        move(0.42, 0.86, 0.36, 0.90)));
    }
}
