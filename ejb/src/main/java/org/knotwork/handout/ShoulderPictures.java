package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;
import static org.knotwork.handout.PosePictures.between;
import static org.knotwork.handout.PosePictures.move;
import static org.knotwork.handout.PosePictures.push;
import static org.knotwork.handout.PosePictures.seatedOnStool;
import static org.knotwork.handout.PosePictures.sideLyingOnBed;
import static org.knotwork.handout.PosePictures.standingBeside;
import static org.knotwork.handout.PosePictures.standingOnFloor;
import static org.knotwork.handout.PosePictures.supineOnMat;

import java.util.Map;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/**
 * The pictures of the deltoid, the front of the shoulder and the chest, and their catalogue stretches: see
 * {@link Illustrations}. The deltoid has one stretch per part (DOMAIN.md): front by extension in a doorway or with the
 * hands behind the back, side with the arm behind the back, back across the body.
 */
final class ShoulderPictures {

    private ShoulderPictures() {}

    static void add(Map<String, Picture> pressure, Map<String, Picture> stretch) {
        // Fingertips of the other hand on the front of the shoulder and the chest.
        pressure.put(
                "DELTOID",
                standingOnFloor(
                        PosePictures.standingFront().arms(arm(10, 0), arm(330, 215)),
                        between("rShoulder", "rElbow", 0.25, -0.02, 0),
                        push(-0.12, 0, -0.05, 0)));
        pressure.put(
                "PECTORALIS_MAJOR",
                standingOnFloor(
                        PosePictures.standingFront().arms(arm(10, 0), arm(330, 230)),
                        between("rShoulder", "chest", 0.3, 0, 0.04),
                        push(-0.1, 0.05, -0.04, 0.04)));
        pressure.put(
                "PECTORALIS_MINOR",
                standingOnFloor(
                        PosePictures.standingFront().arms(arm(10, 0), arm(320, 225)),
                        between("rShoulder", "chest", 0.45, 0, 0.03),
                        push(-0.1, 0.04, -0.04, 0.03)));
        pressure.put(
                "SUBSCAPULARIS",
                supineOnMat(
                        PosePictures.lyingKneesBent().arms(arm(200, 90), arm(120, 160)),
                        between("chest", "rElbow", 0.2, 0, -0.03),
                        push(0.08, -0.12, 0.03, -0.05)));
        // Lying on the other side, the top arm forward: fingertips between the ribs below the armpit.
        pressure.put(
                "SERRATUS_ANTERIOR",
                sideLyingOnBed(
                        PosePictures.sideLying().arms(arm(120, 95), arm(90, 270)),
                        between("rShoulder", "rHip", 0.25, 0, 0.01),
                        push(0, -0.12, 0, -0.05)));

        // Front fibres: the straight arm back a little below shoulder height on a door frame, or both hands behind.
        stretch.put(
                "DELTOID_DOORWAY_ARM_LOW",
                standingBeside(
                        PosePictures.standing().arms(arm(285, 285), arm(0, 0)),
                        new Prop(Kind.DOOR, 0.28),
                        between("rShoulder", "rElbow", 0.05, 0.03, 0),
                        move(0.85, 0.30, 0.95, 0.30)));
        stretch.put(
                "DELTOID_HANDS_BEHIND_BACK",
                standingOnFloor(
                        PosePictures.standing().arms(arm(335, 335), arm(335, 335)),
                        between("rShoulder", "rElbow", 0.05, 0.03, 0),
                        move(0.47, 0.53, 0.40, 0.45)));
        // Side fibres: the hand behind the back towards the other hip, drawn there by the other hand.
        stretch.put(
                "DELTOID_ARM_BEHIND_BACK",
                standingOnFloor(
                        PosePictures.armBehindBack(),
                        between("rShoulder", "rElbow", 0.3),
                        push(-0.06, 0.22, -0.06, 0.14)));
        // Back fibres: across the body at shoulder height.
        stretch.put(
                "DELTOID_CROSS_BODY",
                seatedOnStool(
                        PosePictures.armAcrossSeated(),
                        between("rShoulder", "rElbow", 0.05, -0.03, 0.02),
                        push(0.32, -0.08, 0.40, -0.08)));

        // Door frames: the forearm on the frame, elbow at or below shoulder height (turning away), at it (stepping
        // through), above it (the minor); the straight arm behind at shoulder height for the serratus anterior.
        stretch.put(
                "SUBSCAPULARIS_DOORWAY_ROTATION",
                standingBeside(
                        PosePictures.standing().arms(arm(275, 180), arm(0, 0)),
                        new Prop(Kind.DOOR, 0.43),
                        between("chest", "rElbow", 0.15, 0.02, 0.04),
                        move(0.85, 0.30, 0.95, 0.30)));
        Prop door = new Prop(Kind.DOOR, 0.44);
        stretch.put(
                "PECTORALIS_MAJOR_DOORWAY",
                standingBeside(
                        PosePictures.standing().arms(arm(270, 180), arm(0, 0)).legs(leg(0, 0, 90), leg(30, -10, 90)),
                        door,
                        between("chest", "rElbow", 0.3, 0.03, 0.05),
                        push(0.08, 0.02, 0.18, 0.02)));
        stretch.put(
                "PECTORALIS_MINOR_DOORWAY_ARM_HIGH",
                standingBeside(
                        PosePictures.standing().arms(arm(255, 205), arm(0, 0)).legs(leg(0, 0, 90), leg(30, -10, 90)),
                        door,
                        between("chest", "rElbow", 0.15, 0.03, 0.06),
                        push(0.08, 0.02, 0.18, 0.02)));
        // Serratus anterior: the shoulder blade drawn back, not an overhead reach (DOMAIN.md).
        stretch.put(
                "SERRATUS_ANTERIOR_DOORWAY_RETRACTION",
                standingBeside(
                        PosePictures.standing().arms(arm(268, 268), arm(0, 0)),
                        new Prop(Kind.DOOR, 0.27),
                        between("chest", "pelvis", 0.3, 0.02, 0),
                        move(0.85, 0.30, 0.95, 0.30)));
    }
}
