package org.knotwork.web.api.bodymap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Criteria;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.MappedPoint;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.StatusChange;
import org.knotwork.bodymap.TriggerPoint;

/** A trigger point as the API shows it; {@code history} only where the whole point was asked for. */
public record TriggerPointView(
        UUID id,
        long version,
        String muscle,
        String muscleName,
        String muscleReferredPain,
        Side side,
        BodyView view,
        double x,
        double y,
        PointStatus status,
        CriteriaView criteria,
        String referredPain,
        Instant chartedAt,
        Instant enteredInErrorAt,
        String enteredInErrorReason,
        List<Change> history) {

    /**
     * On the id alone, which equal views share, so it agrees with {@code equals}. JSON-B keeps every object it writes
     * in a hash set to catch cycles; a record's generated hash walks every field and list below it, and the chart's
     * views were hashed that way at each level, about a tenth of a chart's CPU.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Each diagnostic criterion found: YES, NO or NOT_TESTED. */
    public record CriteriaView(
            Finding tautBand,
            Finding spotTenderness,
            Finding localTwitchResponse,
            Finding jumpSign,
            Finding referredPain,
            Finding recognisedPain) {

        static CriteriaView of(Criteria c) {
            return new CriteriaView(
                    c.tautBand(),
                    c.spotTenderness(),
                    c.localTwitchResponse(),
                    c.jumpSign(),
                    c.referredPain(),
                    c.recognisedPain());
        }
    }

    public record Change(PointStatus from, PointStatus to, Instant at, UUID by, boolean recurrence) {}

    public static TriggerPointView of(TriggerPoint p) {
        return of(MappedPoint.of(p), null);
    }

    /** A point as a chart reads it, without its history. */
    public static TriggerPointView of(MappedPoint p) {
        return of(p, null);
    }

    public static TriggerPointView withHistory(TriggerPoint p) {
        return of(MappedPoint.of(p), changes(p.history()));
    }

    private static TriggerPointView of(MappedPoint p, List<Change> history) {
        return new TriggerPointView(
                p.id(),
                p.version(),
                p.muscle(),
                p.muscleName(),
                p.muscleReferredPain(),
                p.side(),
                p.placement().view(),
                p.placement().x(),
                p.placement().y(),
                p.status(),
                CriteriaView.of(p.criteria()),
                p.referredPain(),
                p.chartedAt(),
                p.isEnteredInError() ? p.enteredInError().at() : null,
                p.isEnteredInError() ? p.enteredInError().reason() : null,
                history);
    }

    private static List<Change> changes(List<StatusChange> history) {
        return history.stream()
                .map(c -> new Change(c.from(), c.to(), c.changedAt(), c.changedBy(), c.isRecurrence()))
                .toList();
    }
}
