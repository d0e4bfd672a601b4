package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.bed;
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

/** The pictures of the shoulder blade, shoulder, chest and arm muscles: see {@link Illustrations}. */
final class ShoulderPictures {

    private ShoulderPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Shoulder blade muscles: a ball between the back and a wall; the arm drawn across or behind.
        Pose againstWall = PosePictures.standing().leaning(183, 180);
        List<Prop> wall = List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.55));
        for (String blade : List.of(
                "LEVATOR_SCAPULAE",
                "SUPRASPINATUS",
                "INFRASPINATUS",
                "TERES_MINOR",
                "MIDDLE_TRAPEZIUS",
                "RHOMBOIDS",
                "SERRATUS_POSTERIOR_SUPERIOR",
                "LOWER_TRAPEZIUS",
                "TERES_MAJOR")) {
            double down = switch (blade) {
                case "LEVATOR_SCAPULAE", "SUPRASPINATUS" -> 0.02;
                case "LOWER_TRAPEZIUS", "TERES_MAJOR" -> 0.14;
                default -> 0.07;
            };
            pressure.put(
                    blade,
                    picture(
                            againstWall,
                            List.of(
                                    FLOOR_LINE,
                                    new Prop(Kind.WALL, 0.55),
                                    new Prop(Kind.BALL, 0.585, 0.19 + down, 0.035)),
                            between("chest", "pelvis", down / 0.3, -0.04, 0),
                            push(0.12, 0, 0.06, 0)));
        }
        Pose acrossBody = PosePictures.standingFront().arms(arm(90, 90), arm(30, 200));
        for (String across : List.of("DELTOID", "INFRASPINATUS", "TERES_MINOR")) {
            stretch.put(
                    across,
                    picture(
                            acrossBody,
                            List.of(FLOOR_LINE),
                            between("rShoulder", "rElbow", 0.05, -0.03, 0.02),
                            push(0.32, -0.08, 0.40, -0.08)));
        }
        stretch.put(
                "SUPRASPINATUS",
                picture(
                        PosePictures.standingFront().arms(arm(330, 80), arm(20, 300)),
                        List.of(FLOOR_LINE),
                        between("neck", "rShoulder", 0.9),
                        push(0.06, 0.26, 0.16, 0.26)));
        Pose hug = PosePictures.seated().leaning(170, 140).arms(arm(100, 250), arm(100, 250));
        for (String hugged : List.of("MIDDLE_TRAPEZIUS", "SERRATUS_POSTERIOR_SUPERIOR")) {
            stretch.put(
                    hugged,
                    picture(hug, chair(), between("chest", "pelvis", 0.25, -0.05, 0), push(-0.12, 0, -0.17, 0)));
        }
        Pose reachForward = PosePictures.seated().leaning(170, 150).arms(arm(95, 95), arm(95, 95));
        stretch.put(
                "RHOMBOIDS",
                picture(
                        reachForward,
                        chair(),
                        between("chest", "pelvis", 0.2, -0.05, 0),
                        push(0.45, -0.05, 0.55, -0.05)));
        stretch.put(
                "LOWER_TRAPEZIUS",
                picture(
                        PosePictures.seated().leaning(165, 140).arms(arm(110, 110), arm(110, 110)),
                        chair(),
                        between("chest", "pelvis", 0.45, -0.05, 0),
                        push(0.45, 0.0, 0.55, 0.04)));

        // Arm overhead and the body bent away: latissimus, teres major, the oblique.
        Pose overheadBend = PosePictures.seatedFront().leaning(165, 165).arms(arm(165, 150), arm(-20, 0));
        stretch.put(
                "LATISSIMUS_DORSI",
                picture(
                        overheadBend,
                        PosePictures.stool(),
                        between("rShoulder", "rHip", 0.35),
                        push(0.05, -0.55, 0.18, -0.62)));
        stretch.put(
                "TERES_MAJOR",
                picture(
                        PosePictures.seatedFront().leaning(170, 170).arms(arm(175, 300), arm(150, 230)),
                        PosePictures.stool(),
                        between("rShoulder", "rHip", 0.12),
                        push(0.05, -0.4, 0.15, -0.45)));
        stretch.put(
                "EXTERNAL_OBLIQUE",
                picture(
                        overheadBend,
                        PosePictures.stool(),
                        between("rShoulder", "rHip", 0.7),
                        push(0.05, -0.75, 0.18, -0.8)));
        Pose pinchSide = PosePictures.sideLying().arms(arm(160, 90), arm(200, 100));
        pressure.put(
                "LATISSIMUS_DORSI",
                picture(pinchSide, bed(), between("chest", "pelvis", 0.2, 0, -0.04), push(0, -0.12, 0, -0.06)));

        // Deltoid and the front of the shoulder: fingertips of the other hand; the door frame stretches.
        pressure.put(
                "DELTOID",
                picture(
                        PosePictures.standingFront().arms(arm(10, 0), arm(330, 215)),
                        List.of(FLOOR_LINE),
                        between("rShoulder", "rElbow", 0.25, -0.02, 0),
                        push(-0.12, 0, -0.05, 0)));
        pressure.put(
                "SUBSCAPULARIS",
                picture(
                        PosePictures.lyingKneesBent().arms(arm(200, 90), arm(120, 160)),
                        mat(),
                        between("chest", "rElbow", 0.2, 0, -0.03),
                        push(0.08, -0.12, 0.03, -0.05)));
        Pose doorway = PosePictures.standing().arms(arm(270, 180), arm(0, 0)).legs(leg(0, 0, 90), leg(30, -10, 90));
        List<Prop> door = List.of(FLOOR_LINE, new Prop(Kind.DOOR, 0.44));
        stretch.put(
                "PECTORALIS_MAJOR",
                picture(doorway, door, between("chest", "rElbow", 0.3, 0.03, 0.05), push(0.08, 0.02, 0.18, 0.02)));
        stretch.put(
                "SUBSCAPULARIS",
                picture(doorway, door, between("chest", "rElbow", 0.15, 0.02, 0.04), push(0.08, 0.02, 0.18, 0.02)));
        stretch.put(
                "PECTORALIS_MINOR",
                picture(
                        PosePictures.standing().arms(arm(240, 170), arm(0, 0)).legs(leg(0, 0, 90), leg(30, -10, 90)),
                        door,
                        between("chest", "rElbow", 0.15, 0.03, 0.06),
                        push(0.08, 0.02, 0.18, 0.02)));
        // Serratus anterior: the straight arm drawn back at shoulder height in a door frame, not an overhead reach.
        stretch.put(
                "SERRATUS_ANTERIOR",
                picture(
                        PosePictures.standing().arms(arm(268, 268), arm(0, 0)),
                        List.of(FLOOR_LINE, new Prop(Kind.DOOR, 0.27)),
                        between("chest", "pelvis", 0.3, 0.02, 0),
                        move(0.85, 0.30, 0.95, 0.30)));
        pressure.put(
                "PECTORALIS_MAJOR",
                picture(
                        PosePictures.standingFront().arms(arm(10, 0), arm(330, 230)),
                        List.of(FLOOR_LINE),
                        between("rShoulder", "chest", 0.3, 0, 0.04),
                        push(-0.1, 0.05, -0.04, 0.04)));
        pressure.put(
                "PECTORALIS_MINOR",
                picture(
                        PosePictures.standingFront().arms(arm(10, 0), arm(320, 225)),
                        List.of(FLOOR_LINE),
                        between("rShoulder", "chest", 0.45, 0, 0.03),
                        push(-0.1, 0.04, -0.04, 0.03)));
        pressure.put(
                "SERRATUS_ANTERIOR",
                picture(
                        PosePictures.sideLying().arms(arm(170, 110), arm(150, 100)),
                        bed(),
                        between("chest", "pelvis", 0.35, 0, -0.045),
                        push(0, -0.14, 0, -0.07)));

        // Upper arm and forearm: the arm on a table, the other hand presses; the wrist and elbow stretches.
        Pose armOnTable = PosePictures.seated().arms(arm(30, 90), arm(60, 110));
        List<Prop> table =
                List.of(FLOOR_LINE, new Prop(Kind.CHAIR, 0.47, 0.75, 1), new Prop(Kind.TABLE, 0.70, 1.25, 0.62));
        for (String forearm : List.of("BRACHIORADIALIS", "SUPINATOR", "FOREARM_FLEXORS", "FOREARM_EXTENSORS")) {
            pressure.put(
                    forearm,
                    picture(armOnTable, table, between("rElbow", "rHand", 0.3, 0, -0.01), push(0, -0.11, 0, -0.04)));
        }
        pressure.put(
                "BICEPS_BRACHII",
                picture(
                        armOnTable,
                        table,
                        between("rShoulder", "rElbow", 0.55, 0.01, -0.02),
                        push(0, -0.11, 0, -0.04)));
        pressure.put(
                "TRICEPS_BRACHII",
                picture(
                        PosePictures.seatedFront().arms(arm(15, 0), arm(330, 240)),
                        PosePictures.stool(),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(-0.12, 0, -0.05, 0)));
        Pose armOut = PosePictures.standing().arms(arm(90, 90), arm(60, 125));
        for (String wrist : List.of("BRACHIORADIALIS", "SUPINATOR", "FOREARM_FLEXORS", "FOREARM_EXTENSORS")) {
            stretch.put(
                    wrist,
                    picture(
                            armOut,
                            List.of(FLOOR_LINE),
                            between("rElbow", "rHand", 0.4, 0, 0),
                            push(0.17, -0.06, 0.17, 0.04)));
        }
        stretch.put(
                "BICEPS_BRACHII",
                picture(
                        PosePictures.standing().arms(arm(300, 300), arm(0, 0)),
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.36)),
                        between("rShoulder", "rElbow", 0.5),
                        move(0.85, 0.35, 0.95, 0.35)));
        stretch.put(
                "TRICEPS_BRACHII",
                picture(
                        PosePictures.seated().arms(arm(175, 330), arm(160, 250)),
                        chair(),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(0.06, -0.1, -0.02, -0.12)));
    }
}
