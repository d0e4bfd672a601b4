package org.knotwork.handout;

import java.util.List;
import java.util.Map;
import org.knotwork.bodymap.BodyPosition;

/**
 * One illustration of a home-care step: a {@link Pose}, the furniture it uses (floor, chair, wall, door frame, table,
 * ball, towel, bed, pillow), the spot to work (a grey disc on the body, between two joints) and an arrow for the
 * movement or the pressure. Coordinates are in a frame {@link #WIDTH} wide and 1 high, y downwards; the working side is
 * the client's right and the picture is mirrored for the left.
 *
 * @param position the position the drawing shows, which must be the one its text asks for: a drawing of a client lying
 *     flat beside words that say "on your side" would send a pregnant client onto her back (IllustrationsTest compares
 *     it with the reviewed catalogue and with the drawing itself)
 */
record Picture(BodyPosition position, Pose pose, List<Prop> props, Spot spot, Arrow arrow) {

    static final double WIDTH = 1.3;

    Picture {
        props = List.copyOf(props);
    }

    boolean shows(Kind kind) {
        return props.stream().anyMatch(prop -> prop.kind() == kind);
    }

    /** A place between two joints: {@code t} = 0 at the first, 1 at the second; {@code dx, dy} nudge it off the line. */
    record Spot(String from, String to, double t, double dx, double dy) {

        double[] at(Map<String, double[]> joints) {
            double[] a = joints.get(from);
            double[] b = joints.get(to);
            if (a == null || b == null) {
                throw new IllegalArgumentException("No joint " + (a == null ? from : to));
            }
            return new double[] {a[0] + t * (b[0] - a[0]) + dx, a[1] + t * (b[1] - a[1]) + dy};
        }
    }

    /** An arrow from one place to another (frame coordinates, or relative to the spot when {@code fromSpot}). */
    record Arrow(double x1, double y1, double x2, double y2, boolean fromSpot) {}

    /** Furniture and aids, drawn in light grey behind the person. */
    record Prop(Kind kind, double... values) {}

    enum Kind {
        /** y */
        FLOOR,
        /** x of the back, y of the seat, +1 facing right */
        CHAIR,
        /** x */
        WALL,
        /** x: a door frame seen from the side */
        DOOR,
        /** x1, x2, y of the top */
        TABLE,
        /** joint-free ball: x, y, radius */
        BALL,
        /** x1, y1, x2, y2: a towel or strap held between hand and foot */
        TOWEL,
        /**
         * x1, x2, y of the top and optionally of the bottom (else the floor): a bed seen from the side, or, drawn round
         * the whole person, a bed seen from above
         */
        BED,
        /** x, y of the centre: a pillow under the head */
        PILLOW
    }
}
