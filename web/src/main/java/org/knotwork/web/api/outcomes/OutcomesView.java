package org.knotwork.web.api.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.ClientProgress;
import org.knotwork.outcomes.PracticeOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.ClientOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.PointOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;

/** The outcome figures as the API shows them; shares are 0–1, pain on 0–10, PPT in kPa. See docs/outcomes.md. */
public record OutcomesView(
        Instant from,
        Instant to,
        UUID therapist,
        String muscle,
        Region complaint,
        Clients clients,
        Points points,
        List<Therapist> therapists,
        List<MonthlyOutcomes> months) {

    public record Clients(
            long clients,
            long sessions,
            Double sessionsPerClient,
            long painEvaluated,
            long oneSession,
            long neverRated,
            Double painChangeMean,
            Double painChangeMedian,
            long improved,
            Double improvedShare,
            int clinicallyImportantChange) {}

    public record Points(
            long treated,
            long pptEvaluated,
            Double pptChangeMeanKpa,
            Double pptChangeMedianKpa,
            long deactivated,
            Double sessionsToDeactivateMedian,
            long recurrences) {}

    public record Therapist(
            UUID id,
            String name,
            long sessions,
            long deviating,
            double deviationRate,
            long painfulCompression,
            long forcedStretch,
            long heatOutOfRange) {}

    static OutcomesView of(PracticeOutcomes o) {
        ClientOutcomes c = o.clients();
        PointOutcomes p = o.points();
        return new OutcomesView(
                o.filter().from(),
                o.filter().to(),
                o.filter().therapistId(),
                o.filter().muscleCode(),
                o.filter().complaintRegion(),
                new Clients(
                        c.clients(),
                        c.sessions(),
                        c.sessionsPerClient(),
                        c.painEvaluated(),
                        c.oneSession(),
                        c.neverRated(),
                        c.painChangeMean(),
                        c.painChangeMedian(),
                        c.improved(),
                        c.improvedShare(),
                        ClientProgress.CLINICALLY_IMPORTANT_CHANGE),
                new Points(
                        p.treated(),
                        p.pptEvaluated(),
                        p.pptChangeMeanKpa(),
                        p.pptChangeMedianKpa(),
                        p.deactivated(),
                        p.sessionsToDeactivateMedian(),
                        p.recurrences()),
                o.therapists().stream().map(OutcomesView::therapist).toList(),
                o.months());
    }

    private static Therapist therapist(TherapistProtocol t) {
        return new Therapist(
                t.therapistId(),
                t.name(),
                t.sessions(),
                t.deviating(),
                t.deviationRate(),
                t.painfulCompression(),
                t.forcedStretch(),
                t.heatOutOfRange());
    }
}
