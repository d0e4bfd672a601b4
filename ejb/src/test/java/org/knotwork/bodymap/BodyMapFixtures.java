package org.knotwork.bodymap;

import java.time.Instant;
import java.util.UUID;
import org.knotwork.client.Client;

/** Muscles and points for domain tests, without a database. */
public final class BodyMapFixtures {

    public static final Muscle UPPER_TRAPEZIUS =
            new Muscle("UPPER_TRAPEZIUS", "Upper trapezius", Region.SHOULDER, "Up the side of the neck to the temple.");
    public static final Muscle INFRASPINATUS =
            new Muscle("INFRASPINATUS", "Infraspinatus", Region.SHOULDER, "Deep in the front of the shoulder.");

    public static final Muscle LEVATOR_SCAPULAE =
            new Muscle("LEVATOR_SCAPULAE", "Levator scapulae", Region.HEAD_NECK, "Where the neck meets the shoulder.");
    public static final Muscle GLUTEUS_MEDIUS =
            new Muscle("GLUTEUS_MEDIUS", "Gluteus medius", Region.HIP, "The low back and the buttock.");
    public static final Muscle GASTROCNEMIUS =
            new Muscle("GASTROCNEMIUS", "Gastrocnemius", Region.LEG_FOOT, "The calf and the instep.");

    private BodyMapFixtures() {}

    /** A muscle of the given region, without map places. */
    public static Muscle muscle(String code, String name, Region region) {
        return new Muscle(code, name, region, "Locally.");
    }

    /** A point on the given view of the drawing. */
    public static TriggerPoint point(
            Client client, Muscle muscle, Side side, BodyView view, double x, double y, UUID by, Instant now) {
        return TriggerPoint.chart(client, muscle, side, new Placement(view, x, y), PointStatus.ACTIVE, by, now);
    }

    /** Where a muscle shows on a view of the drawing, as the catalogue has it. */
    public static MapLocation location(BodyView view, double x, double y) {
        return new MapLocation(view, x, y);
    }

    public static TriggerPoint activePoint(Client client, Muscle muscle, UUID by, Instant now) {
        return TriggerPoint.chart(
                client, muscle, Side.RIGHT, new Placement(BodyView.POSTERIOR, 0.6, 0.2), PointStatus.ACTIVE, by, now);
    }
}
