package org.knotwork.handout;

import static org.knotwork.bodymap.BodyPosition.SEATED;
import static org.knotwork.bodymap.BodyPosition.STANDING;
import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.PosePictures.FLOOR_LINE;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.chair;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.picture;
import static org.knotwork.handout.PosePictures.push;

import java.util.List;
import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/** The pictures of the upper arm and forearm muscles and their catalogue stretches: see {@link Illustrations}. */
final class ArmPictures {

    private ArmPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // The arm on a table, the other hand presses.
        Pose armOnTable = PosePictures.seated().arms(arm(30, 90), arm(60, 110));
        List<Prop> table =
                List.of(FLOOR_LINE, new Prop(Kind.CHAIR, 0.47, 0.75, 1), new Prop(Kind.TABLE, 0.70, 1.25, 0.62));
        for (String forearm : List.of("BRACHIORADIALIS", "SUPINATOR", "FOREARM_FLEXORS", "FOREARM_EXTENSORS")) {
            pressure.put(
                    forearm,
                    picture(
                            SEATED,
                            armOnTable,
                            table,
                            between("rElbow", "rHand", 0.3, 0, -0.01),
                            push(0, -0.11, 0, -0.04)));
        }
        pressure.put(
                "BICEPS_BRACHII",
                picture(
                        SEATED,
                        armOnTable,
                        table,
                        between("rShoulder", "rElbow", 0.55, 0.01, -0.02),
                        push(0, -0.11, 0, -0.04)));
        pressure.put(
                "TRICEPS_BRACHII",
                picture(
                        SEATED,
                        PosePictures.seatedFront().arms(arm(15, 0), arm(330, 240)),
                        PosePictures.stool(),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(-0.12, 0, -0.05, 0)));

        // Sitting, the arm out in front with the elbow straight, the other hand at the hand: the wrist bent down for
        // the thumb side and the extensors, back for the flexors, the palm turned over for the supinator.
        Pose armOut = PosePictures.seated().arms(arm(90, 90), arm(70, 120));
        stretch.put(
                "BRACHIORADIALIS_PALM_DOWN",
                picture(SEATED, armOut, chair(), between("rElbow", "rHand", 0.15), push(0.21, -0.06, 0.21, 0.05)));
        stretch.put(
                "FOREARM_EXTENSORS_WRIST_DOWN",
                picture(SEATED, armOut, chair(), between("rElbow", "rHand", 0.3), push(0.19, -0.06, 0.19, 0.05)));
        stretch.put(
                "FOREARM_FLEXORS_WRIST_BACK",
                picture(SEATED, armOut, chair(), between("rElbow", "rHand", 0.3), push(0.19, 0.05, 0.17, -0.06)));
        stretch.put(
                "SUPINATOR_TURNING",
                picture(SEATED, armOut, chair(), between("rElbow", "rHand", 0.1), push(0.23, -0.05, 0.19, 0.04)));
        stretch.put(
                "BICEPS_BRACHII_WALL",
                picture(
                        STANDING,
                        PosePictures.standing().arms(arm(272, 272), arm(0, 0)),
                        List.of(FLOOR_LINE, new Prop(Kind.WALL, 0.32)),
                        between("rShoulder", "rElbow", 0.5),
                        move(0.85, 0.35, 0.95, 0.35)));
        stretch.put(
                "TRICEPS_BRACHII_OVERHEAD",
                picture(
                        SEATED,
                        PosePictures.seated().arms(arm(175, 330), arm(160, 250)),
                        chair(),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(0.06, -0.1, -0.02, -0.12)));
    }
}
