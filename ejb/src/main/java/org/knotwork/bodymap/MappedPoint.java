package org.knotwork.bodymap;

import java.time.Instant;
import java.util.UUID;

/**
 * A trigger point as a body map shows it, with its muscle's name and referred pain: values, not the entity. A chart
 * reads its points this way ({@code ChartQueries.clientWithPoints}), so Hibernate builds no entity, muscle or
 * persistence-context entry for each, which was most of the cost of turning the chart's rows into objects (docs/performance.md,
 * "Under load", 2026-11-30 10:59). {@link #of} gives the same for a point loaded as an entity.
 */
public record MappedPoint(
        UUID id,
        int version,
        String muscle,
        String muscleName,
        String muscleReferredPain,
        Side side,
        Placement placement,
        PointStatus status,
        Criteria criteria,
        String referredPain,
        Instant chartedAt,
        EnteredInError enteredInError) {

    public static MappedPoint of(TriggerPoint p) {
        return new MappedPoint(
                p.id(),
                p.version(),
                p.muscle().code(),
                p.muscle().name(),
                p.muscle().referredPain(),
                p.side(),
                p.placement(),
                p.status(),
                p.criteria(),
                p.referredPain(),
                p.chartedAt(),
                p.isEnteredInError() ? p.enteredInError() : null);
    }

    public boolean isEnteredInError() {
        return enteredInError != null;
    }
}
