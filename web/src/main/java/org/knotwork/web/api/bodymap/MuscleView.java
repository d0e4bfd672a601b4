package org.knotwork.web.api.bodymap;

import java.util.List;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;

/** A catalogue muscle with where its trigger points typically lie on each view (client's right side). */
public record MuscleView(
        String code,
        long version,
        String name,
        Region region,
        String referredPain,
        String snomedCode,
        List<Location> locations) {

    /** {@code midline}: on the centre line of the front or back view, where a point is on neither side. */
    public record Location(BodyView view, double x, double y, boolean midline) {}

    static MuscleView of(Muscle m) {
        return new MuscleView(
                m.code(),
                m.version(),
                m.name(),
                m.region(),
                m.referredPain(),
                m.snomedCode(),
                m.locations().stream()
                        .map(l -> new Location(l.view(), l.x(), l.y(), l.onTheMidline()))
                        .toList());
    }
}
