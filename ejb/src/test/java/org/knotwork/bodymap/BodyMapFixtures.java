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

    private BodyMapFixtures() {}

    public static TriggerPoint activePoint(Client client, Muscle muscle, UUID by, Instant now) {
        return TriggerPoint.chart(
                client, muscle, Side.RIGHT, new Placement(BodyView.POSTERIOR, 0.6, 0.2), PointStatus.ACTIVE, by, now);
    }
}
