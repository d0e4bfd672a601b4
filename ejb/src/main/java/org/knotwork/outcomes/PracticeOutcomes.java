package org.knotwork.outcomes;

import java.util.List;
import java.util.UUID;

/** The outcome figures of one period under one filter; every figure is defined where its record is. */
public record PracticeOutcomes(
        OutcomeFilter filter,
        ClientOutcomes clients,
        PointOutcomes points,
        List<TherapistProtocol> therapists,
        List<MonthlyOutcomes> months) {

    /**
     * Clients with at least one signed session in the period. A client's pain change is the pain rated before their
     * latest rated session in the period minus the pain rated before their first (negative is better); it exists only
     * for clients with at least two sessions with a pain rating ({@code painEvaluated}). One-session clients and
     * clients never rated count as treated, not in the pain figures. Means and medians are {@code null} when nobody
     * could be evaluated.
     */
    public record ClientOutcomes(
            long clients,
            long sessions,
            long painEvaluated,
            long oneSession,
            long neverRated,
            Double painChangeMean,
            Double painChangeMedian,
            long improved) {

        /** Signed sessions per treated client; {@code null} with no clients. */
        public Double sessionsPerClient() {
            return clients == 0 ? null : (double) sessions / clients;
        }

        /** Share (0–1) of evaluated clients whose pain dropped by at least the clinically important change ({@link
         * org.knotwork.charting.ClientProgress#CLINICALLY_IMPORTANT_CHANGE}); {@code null} with none. */
        public Double improvedShare() {
            return painEvaluated == 0 ? null : (double) improved / painEvaluated;
        }
    }

    /**
     * Trigger points treated in the period's sessions. A point's PPT change is its pressure-pain threshold before
     * treatment at its latest measured session minus at its first, in kPa (positive: less tender); only points
     * measured at two sessions or more count ({@code pptEvaluated}). A deactivation is a change of a point from
     * active to latent or resolved recorded within the period (by the filter's therapist, of the filter's muscle, of
     * a point treated for the filter's complaint); {@code sessionsToDeactivateMedian} is the median number of signed
     * sessions that treated the point since it was charted or last became active, up to and including the one that
     * deactivated it. A recurrence is a point going from latent or resolved back to active, filtered alike.
     */
    public record PointOutcomes(
            long treated,
            long pptEvaluated,
            Double pptChangeMeanKpa,
            Double pptChangeMedianKpa,
            long deactivated,
            Double sessionsToDeactivateMedian,
            long recurrences) {}

    /**
     * One therapist's sessions in the period and how many showed a protocol deviation: a painful compression, a
     * forced stretch or heat outside 5–10 minutes (a session counts once however many it shows).
     */
    public record TherapistProtocol(
            UUID therapistId,
            String name,
            long sessions,
            long deviating,
            long painfulCompression,
            long forcedStretch,
            long heatOutOfRange) {

        /** Share (0–1) of the therapist's sessions with at least one such deviation. */
        public double deviationRate() {
            return sessions == 0 ? 0 : (double) deviating / sessions;
        }
    }

    /**
     * One calendar month (in the clinic's time zone) of the period: sessions, clients seen, mean pain before the
     * session (rated sessions only; {@code null} with none), sessions with a deviation, deactivations, recurrences.
     */
    public record MonthlyOutcomes(
            String month,
            long sessions,
            long clients,
            Double meanPainBefore,
            long deviating,
            long deactivated,
            long recurrences) {}
}
