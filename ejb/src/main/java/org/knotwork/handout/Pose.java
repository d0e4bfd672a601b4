package org.knotwork.handout;

import java.util.HashMap;
import java.util.Map;

/**
 * A person in one position, as a stick figure described by angles: where the hips are, which way the trunk and the
 * head point, and the two segments of each arm and three of each leg. Angles are in degrees from straight down,
 * turning towards +x: 0 hangs down, 90 points right (forward in a side view, where the person faces right), 180 points
 * up. Lengths are fractions of a standing person's height. {@link #joints()} turns a pose into points that
 * {@link PoseDrawing} draws; the pose language has no other primitive, so every picture is data the project owns.
 *
 * @param front seen from the front (shoulders and hips apart; the client's right on the viewer's left) or from the side
 *     (facing right; the right limbs nearer, the left ones behind in grey)
 */
record Pose(
        boolean front,
        double hipX,
        double hipY,
        double trunk,
        double head,
        double[] rightArm,
        double[] leftArm,
        double[] rightLeg,
        double[] leftLeg) {

    static final double TRUNK = 0.30;
    static final double NECK = 0.05;
    static final double HEAD = 0.065;
    static final double UPPER_ARM = 0.17;
    static final double FOREARM = 0.16;
    static final double THIGH = 0.25;
    static final double SHIN = 0.24;
    static final double FOOT = 0.07;
    static final double SHOULDERS = 0.10;
    static final double HIPS = 0.055;

    /** Standing upright, seen from the side, arms hanging. */
    static Pose standing(double x) {
        return new Pose(false, x, 0.50, 180, 180, arm(0, 0), arm(0, 0), leg(0, 0, 90), leg(0, 0, 90));
    }

    static double[] arm(double upper, double fore) {
        return new double[] {upper, fore};
    }

    static double[] leg(double thigh, double shin, double foot) {
        return new double[] {thigh, shin, foot};
    }

    Pose arms(double[] right, double[] left) {
        return new Pose(front, hipX, hipY, trunk, head, right, left, rightLeg, leftLeg);
    }

    Pose legs(double[] right, double[] left) {
        return new Pose(front, hipX, hipY, trunk, head, rightArm, leftArm, right, left);
    }

    Pose leaning(double trunkAngle, double headAngle) {
        return new Pose(front, hipX, hipY, trunkAngle, headAngle, rightArm, leftArm, rightLeg, leftLeg);
    }

    /** Every joint by name ("head", "rShoulder", "rElbow", "rHand", "rHip", "rKnee", "rAnkle", "rToe", "l…"). */
    Map<String, double[]> joints() {
        Map<String, double[]> at = new HashMap<>();
        double[] hip = {hipX, hipY};
        double[] shoulders = along(hip, trunk, TRUNK);
        at.put("pelvis", hip);
        at.put("chest", shoulders);
        at.put("neck", along(shoulders, head, NECK));
        at.put("head", along(shoulders, head, NECK + HEAD));
        double[] across = {Math.cos(Math.toRadians(trunk)), -Math.sin(Math.toRadians(trunk))};
        limbs(at, "r", shoulders, hip, front ? 1 : 0, across, rightArm, rightLeg);
        limbs(at, "l", shoulders, hip, front ? -1 : 0, across, leftArm, leftLeg);
        return at;
    }

    private static void limbs(
            Map<String, double[]> at,
            String side,
            double[] shoulders,
            double[] hip,
            int apart,
            double[] across,
            double[] arm,
            double[] leg) {
        double[] shoulder = {shoulders[0] + apart * SHOULDERS * across[0], shoulders[1] + apart * SHOULDERS * across[1]
        };
        double[] elbow = along(shoulder, arm[0], UPPER_ARM);
        at.put(side + "Shoulder", shoulder);
        at.put(side + "Elbow", elbow);
        at.put(side + "Hand", along(elbow, arm[1], FOREARM));
        double[] hipJoint = {hip[0] + apart * HIPS * across[0], hip[1] + apart * HIPS * across[1]};
        double[] knee = along(hipJoint, leg[0], THIGH);
        double[] ankle = along(knee, leg[1], SHIN);
        at.put(side + "Hip", hipJoint);
        at.put(side + "Knee", knee);
        at.put(side + "Ankle", ankle);
        at.put(side + "Toe", along(ankle, leg[2], FOOT));
    }

    static double[] along(double[] from, double degrees, double length) {
        double radians = Math.toRadians(degrees);
        return new double[] {from[0] + length * Math.sin(radians), from[1] + length * Math.cos(radians)};
    }
}
