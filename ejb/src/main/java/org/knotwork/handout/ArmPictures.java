package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnChair;
import static org.knotwork.handout.PosePictures.seatedOnChairWith;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.standingBeside;

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
        Prop table = new Prop(Kind.TABLE, 0.70, 1.25, 0.62);
        for (String forearm : List.of("BRACHIORADIALIS", "SUPINATOR", "FOREARM_FLEXORS", "FOREARM_EXTENSORS")) {
            pressure.put(
                    forearm,
                    seatedOnChairWith(
                            armOnTable, table, between("rElbow", "rHand", 0.3, 0, -0.01), push(0, -0.11, 0, -0.04)));
        }
        pressure.put(
                "BICEPS_BRACHII",
                seatedOnChairWith(
                        armOnTable,
                        table,
                        between("rShoulder", "rElbow", 0.55, 0.01, -0.02),
                        push(0, -0.11, 0, -0.04)));
        pressure.put(
                "TRICEPS_BRACHII",
                seatedOnStool(
                        PosePictures.seatedFront().arms(arm(15, 0), arm(330, 240)),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(-0.12, 0, -0.05, 0)));

        // Sitting, the arm out in front with the elbow straight, the other hand at the hand: the wrist bent down for
        // the thumb side and the extensors, back for the flexors, the palm turned over for the supinator.
        Pose armOut = PosePictures.seated().arms(arm(90, 90), arm(70, 120));
        stretch.put(
                "BRACHIORADIALIS_PALM_DOWN",
                seatedOnChair(armOut, between("rElbow", "rHand", 0.15), push(0.21, -0.06, 0.21, 0.05)));
        stretch.put(
                "FOREARM_EXTENSORS_WRIST_DOWN",
                seatedOnChair(armOut, between("rElbow", "rHand", 0.3), push(0.19, -0.06, 0.19, 0.05)));
        stretch.put(
                "FOREARM_FLEXORS_WRIST_BACK",
                seatedOnChair(armOut, between("rElbow", "rHand", 0.3), push(0.19, 0.05, 0.17, -0.06)));
        stretch.put(
                "SUPINATOR_TURNING",
                seatedOnChair(armOut, between("rElbow", "rHand", 0.1), push(0.23, -0.05, 0.19, 0.04)));
        stretch.put(
                "BICEPS_BRACHII_WALL",
                standingBeside(
                        PosePictures.standing().arms(arm(272, 272), arm(0, 0)),
                        new Prop(Kind.WALL, 0.32),
                        between("rShoulder", "rElbow", 0.5),
                        move(0.85, 0.35, 0.95, 0.35)));
        stretch.put(
                "TRICEPS_BRACHII_OVERHEAD",
                seatedOnChair(
                        PosePictures.seated().arms(arm(175, 330), arm(160, 250)),
                        between("rShoulder", "rElbow", 0.6, -0.02, 0),
                        push(0.06, -0.1, -0.02, -0.12)));
    }
}
