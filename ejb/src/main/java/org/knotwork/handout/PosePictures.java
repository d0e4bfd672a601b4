package org.knotwork.handout;

import static org.knotwork.handout.Pose.arm;
import static org.knotwork.handout.Pose.leg;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.handout.Picture.Arrow;
import org.knotwork.handout.Picture.Kind;
import org.knotwork.handout.Picture.Prop;
import org.knotwork.handout.Picture.Spot;

/**
 * The positions the home-care steps use, each a {@link Pose} with its furniture: sitting, standing, lying, kneeling,
 * in a door frame, against a wall. {@link Illustrations} puts the spot and the arrow on them per muscle. The working
 * side is always the client's right: near in the side views, on the viewer's left in the front views. Lying on one side
 * is drawn from the front, shoulders and hips stacked and the head on a pillow, or from above with the bed round the
 * body, so it never reads as lying on the back.
 */
final class PosePictures {

    static final double FLOOR = 0.975;
    static final Prop FLOOR_LINE = new Prop(Kind.FLOOR, FLOOR);
    private static final Prop CHAIR = new Prop(Kind.CHAIR, 0.47, 0.75, 1);

    private PosePictures() {}

    static Picture picture(BodyPosition position, Pose pose, List<Prop> props, Spot spot, Arrow arrow) {
        return new Picture(position, pose, props, spot, arrow);
    }

    static Picture standingOnFloor(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.STANDING, pose, List.of(FLOOR_LINE), spot, arrow);
    }

    /** Standing beside a wall or in a door frame ({@code support}), on the floor. */
    static Picture standingBeside(Pose pose, Prop support, Spot spot, Arrow arrow) {
        return picture(BodyPosition.STANDING, pose, List.of(FLOOR_LINE, support), spot, arrow);
    }

    /** Standing against a wall with a ball between it and the body. */
    static Picture standingAgainstBall(Pose pose, Prop wall, Prop ball, Spot spot, Arrow arrow) {
        return picture(BodyPosition.STANDING, pose, List.of(FLOOR_LINE, wall, ball), spot, arrow);
    }

    static Picture kneelingOnFloor(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.KNEELING, pose, List.of(FLOOR_LINE), spot, arrow);
    }

    static Picture seatedOnChair(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.SEATED, pose, chair(), spot, arrow);
    }

    /** Sitting on a chair with an aid: a table for the arm, a ball under the thigh or the foot. */
    static Picture seatedOnChairWith(Pose pose, Prop aid, Spot spot, Arrow arrow) {
        return picture(BodyPosition.SEATED, pose, List.of(FLOOR_LINE, CHAIR, aid), spot, arrow);
    }

    static Picture seatedOnStool(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.SEATED, pose, stool(), spot, arrow);
    }

    static Picture supineOnMat(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.SUPINE, pose, mat(), spot, arrow);
    }

    /** Lying on the back with the knees bent, a ball under the back or the neck at {@code ballX}. */
    static Picture supineOnBall(double ballX, Spot spot, Arrow arrow) {
        List<Prop> floorAndBall = List.of(new Prop(Kind.FLOOR, 0.985), new Prop(Kind.BALL, ballX, 0.945, 0.035));
        return picture(BodyPosition.SUPINE, lyingKneesBent(), floorAndBall, spot, arrow);
    }

    /** Lying on the other side on a bed, seen from the front, the head on a pillow. */
    static Picture sideLyingOnBed(Pose pose, Spot spot, Arrow arrow) {
        return picture(BodyPosition.SIDE_LYING, pose, bed(), spot, arrow);
    }

    static Spot at(String joint, double dx, double dy) {
        return new Spot(joint, joint, 0, dx, dy);
    }

    static Spot between(String from, String to, double t) {
        return new Spot(from, to, t, 0, 0);
    }

    static Spot between(String from, String to, double t, double dx, double dy) {
        return new Spot(from, to, t, dx, dy);
    }

    /** An arrow starting {@code (dx1, dy1)} from the spot and ending {@code (dx2, dy2)} from it. */
    static Arrow push(double dx1, double dy1, double dx2, double dy2) {
        return new Arrow(dx1, dy1, dx2, dy2, true);
    }

    static Arrow move(double x1, double y1, double x2, double y2) {
        return new Arrow(x1, y1, x2, y2, false);
    }

    // Sitting on a chair, seen from the side, facing right; the hands on the thighs.
    static Pose seated() {
        return new Pose(false, 0.55, 0.73, 180, 180, arm(20, 90), arm(20, 90), leg(90, 0, 90), leg(90, 0, 90));
    }

    static List<Prop> chair() {
        return List.of(FLOOR_LINE, CHAIR);
    }

    // Sitting tall on a stool, seen from the front, the knees apart (a thigh pointing at the viewer cannot be drawn).
    static Pose seatedFront() {
        return new Pose(true, 0.65, 0.61, 180, 180, arm(8, 0), arm(-8, 0), leg(-60, 0, 270), leg(60, 0, 90));
    }

    static List<Prop> stool() {
        return List.of(FLOOR_LINE, new Prop(Kind.TABLE, 0.52, 0.78, 0.63));
    }

    // Standing, seen from the side, facing right.
    static Pose standing() {
        return Pose.standing(0.65);
    }

    // Standing, seen from the front.
    static Pose standingFront() {
        return new Pose(true, 0.65, 0.48, 180, 180, arm(10, 0), arm(-10, 0), leg(-4, 0, 270), leg(4, 0, 90));
    }

    // Standing, seen from the front, bending to the client's left with the right arm overhead; the left leg reaches
    // further, as the pelvis tilts with the trunk.
    static Pose sideBend() {
        return new Pose(true, 0.62, 0.51, 160, 164, arm(135, 105), arm(-10, 0), leg(-14, 0, 270), leg(33, 0, 90));
    }

    // Sitting tall, seen from the front, the right arm drawn across the chest at shoulder height by the left hand.
    static Pose armAcrossSeated() {
        return seatedFront().arms(arm(90, 90), arm(30, 200));
    }

    // Standing, seen from the side, the back of the right hand on the low back, the left hand holding its wrist.
    static Pose armBehindBack() {
        return standing().arms(arm(317, 24), arm(309, 27));
    }

    // Lying on the back, knees bent, head to the left.
    static Pose lyingKneesBent() {
        return new Pose(false, 0.70, 0.90, 270, 270, arm(90, 90), arm(90, 90), leg(140, 40, 90), leg(140, 40, 90));
    }

    // Lying on the back, legs long.
    static Pose lyingFlat() {
        return new Pose(false, 0.58, 0.90, 270, 270, arm(90, 90), arm(90, 90), leg(90, 90, 180), leg(90, 90, 180));
    }

    static List<Prop> mat() {
        return List.of(new Prop(Kind.FLOOR, 0.94));
    }

    // Lying on the left side seen from the front, head to the right on a pillow: the shoulders and hips stacked, the
    // top
    // knee resting on the bed in front, the top arm along the side.
    static Pose sideLying() {
        return new Pose(true, 0.62, 0.70, 90, 90, arm(300, 270), arm(90, 270), leg(290, 265, 180), leg(270, 270, 180));
    }

    static List<Prop> bed() {
        return List.of(new Prop(Kind.BED, 0.04, 1.26, 0.83), new Prop(Kind.PILLOW, 1.035, 0.795));
    }

    // Lying on the left side seen from above, facing up the page, head on a pillow: for a movement of the top leg
    // backwards, which a front view cannot show.
    static Pose sideLyingFromAbove() {
        return new Pose(false, 0.68, 0.66, 270, 270, arm(160, 100), arm(250, 200), leg(120, 60, 90), leg(110, 70, 90));
    }

    /** The bed seen from above, round a person lying on it with the hips at {@code hipY}, and the pillow. */
    static List<Prop> bedFromAbove(double hipX, double hipY) {
        return List.of(
                new Prop(Kind.BED, 0.04, 1.26, hipY - 0.45, hipY + 0.08),
                new Prop(Kind.PILLOW, hipX - 0.43, hipY + 0.01));
    }

    static List<Prop> bedFromAbove() {
        return bedFromAbove(0.68, 0.66);
    }

    static List<Prop> bedFromAboveOnTheBack() {
        return List.of(new Prop(Kind.BED, 0.04, 1.26, 0.06, 0.98), new Prop(Kind.PILLOW, 0.25, 0.52));
    }

    // Lying on the back seen from above, head to the left on a pillow, the arms out to the sides, the client's right
    // side nearer the bottom of the page: for a movement of the legs across the body, which a side view cannot show.
    static Pose lyingFromAbove() {
        return new Pose(true, 0.68, 0.52, 270, 270, arm(350, 350), arm(190, 190), leg(90, 90, 90), leg(90, 90, 90));
    }

    // Kneeling on the near knee, the other foot flat in front (a hip flexor lunge).
    static Pose kneelingLunge() {
        return new Pose(false, 0.55, 0.72, 180, 180, arm(40, 70), arm(40, 70), leg(-15, 270, 280), leg(90, 0, 90));
    }

    // Kneeling, sitting back towards the heels, arms reaching forward (child pose).
    static Pose childPose() {
        return new Pose(false, 0.42, 0.85, 95, 100, arm(95, 90), arm(95, 90), leg(70, 270, 270), leg(70, 270, 270));
    }

    // Kneeling upright on the shins, sitting back onto the heels (shin stretch).
    static Pose kneelingSitBack() {
        return new Pose(
                false, 0.50, 0.90, 170, 175, arm(-20, -10), arm(-20, -10), leg(80, 270, 270), leg(80, 270, 270));
    }

    // Lying on the front, propped on the forearms.
    static Pose proppedOnForearms() {
        return new Pose(false, 0.55, 0.90, 115, 150, arm(0, 90), arm(0, 90), leg(270, 270, 330), leg(270, 270, 330));
    }

    // Sitting on the floor, legs out in front.
    static Pose floorSitting(double[] legs) {
        return new Pose(false, 0.40, 0.92, 165, 170, arm(60, 80), arm(60, 80), legs, legs);
    }
}
