package org.knotwork.handout;

import java.util.Map;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;

/**
 * The position a picture actually draws, read from its geometry and furniture rather than from what it says: lying
 * when the trunk is nearer horizontal than upright: on the side when seen from the front (the shoulders stacked) or when
 * a side view lies inside a bed seen from above, else face up or face down by where the front of the trunk points; kneeling (side views only) with a knee and its shin along the floor, seated on a chair, stool
 * or the floor, standing on the feet. Lets IllustrationsTest catch a picture whose recorded position is not what it
 * shows.
 */
final class DrawnPosition {

    private static final double NEAR = 0.06;

    private DrawnPosition() {}

    static BodyPosition of(Picture picture) {
        Pose pose = picture.pose();
        Map<String, double[]> j = pose.joints();
        boolean lying = Math.abs(Math.sin(Math.toRadians(pose.trunk()))) > Math.sin(Math.toRadians(45));
        if (bedSeenFromAbove(picture, j)) {
            // From above, a front view shows the client on the back; a side view shows the client on one side.
            return pose.front() ? BodyPosition.SUPINE : lying ? BodyPosition.SIDE_LYING : unknown(picture);
        }
        double floor = floor(picture);
        double lowestKnee = Math.max(j.get("rKnee")[1], j.get("lKnee")[1]);
        boolean kneeOnFloor = floor - lowestKnee < NEAR;
        double hip = j.get("pelvis")[1];
        if (lying) {
            if (pose.front()) {
                // A front view lying down: the shoulders stacked one above the other.
                return BodyPosition.SIDE_LYING;
            }
            if (kneeOnFloor && lowestKnee - hip > 0.05) {
                return BodyPosition.KNEELING;
            }
            double front = Math.cos(Math.toRadians(pose.trunk() - 90));
            return front < -0.5 ? BodyPosition.SUPINE : front > 0.5 ? BodyPosition.PRONE : unknown(picture);
        }
        if (!pose.front()
                && (shinAlongTheFloor(pose.rightLeg(), j, "r", floor)
                        || shinAlongTheFloor(pose.leftLeg(), j, "l", floor))) {
            return BodyPosition.KNEELING;
        }
        if (seatBelow(picture, hip) || floor - hip < 0.08) {
            return BodyPosition.SEATED;
        }
        double lowestAnkle = Math.max(j.get("rAnkle")[1], j.get("lAnkle")[1]);
        if (floor - lowestAnkle < NEAR && floor - hip > 0.35) {
            return BodyPosition.STANDING;
        }
        return unknown(picture);
    }

    private static boolean shinAlongTheFloor(double[] leg, Map<String, double[]> j, String side, double floor) {
        double shin = Math.abs(Math.sin(Math.toRadians(leg[1])));
        return floor - j.get(side + "Knee")[1] < NEAR && shin > Math.sin(Math.toRadians(60));
    }

    private static boolean bedSeenFromAbove(Picture picture, Map<String, double[]> j) {
        double top = j.values().stream().mapToDouble(p -> p[1]).min().orElseThrow();
        return picture.props().stream().anyMatch(p -> p.kind() == Kind.BED && p.values()[2] < top);
    }

    private static double floor(Picture picture) {
        return picture.props().stream()
                .filter(p -> p.kind() == Kind.FLOOR || p.kind() == Kind.BED)
                .mapToDouble(p -> p.values()[p.kind() == Kind.FLOOR ? 0 : 2])
                .min()
                .orElseThrow(() -> new AssertionError("No floor or bed in " + picture));
    }

    private static boolean seatBelow(Picture picture, double hip) {
        for (Prop prop : picture.props()) {
            double seat =
                    prop.kind() == Kind.CHAIR ? prop.values()[1] : prop.kind() == Kind.TABLE ? prop.values()[2] : -1;
            // Up to a ball's height above the seat: sitting on a ball lifts the hips.
            if (seat > 0 && seat - hip >= 0 && seat - hip < 0.09) {
                return true;
            }
        }
        return false;
    }

    /** None: the drawing shows no position that can be told, which the test reports against the one recorded. */
    private static BodyPosition unknown(Picture picture) {
        return null;
    }
}
