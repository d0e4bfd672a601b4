package org.knotwork.proms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A client's questionnaire answers over time, per measure, oldest first: each score with its change from the
 * client's first score (the baseline) and whether it shows the clinically important change, decided by the measure.
 * Withdrawn answers are listed, marked, and left out of the baseline and the marks. {@code notesHidden}: the
 * practice keeps this client's notes, and so their answers, to the therapists who treat them.
 */
public record PromTrend(UUID clientId, boolean notesHidden, List<MeasureTrend> measures) {

    public record MeasureTrend(
            String code,
            String title,
            BetterWhen betterWhen,
            double importantChange,
            String scoringRule,
            Double baseline,
            List<Point> responses) {}

    public record Point(
            UUID id,
            Instant answeredAt,
            Occasion occasion,
            UUID noteId,
            Double score,
            int answered,
            List<Answer> answers,
            Double change,
            boolean important,
            Instant withdrawnAt,
            String withdrawnWhy) {}

    /** Marks one measure's responses, given oldest first. */
    static MeasureTrend of(Measure measure, List<PromResponse> responses) {
        Double baseline = responses.stream()
                .filter(r -> r.withdrawnAt() == null && r.score() != null)
                .map(PromResponse::score)
                .findFirst()
                .orElse(null);
        boolean changeMeasure = measure.responsesToJudge() > 1;
        List<Point> points = new ArrayList<>();
        for (PromResponse r : responses) {
            boolean counts = r.withdrawnAt() == null && r.score() != null;
            Double change = counts && changeMeasure && baseline != null
                    ? measure.betterWhen().improvement(baseline, r.score())
                    : null;
            points.add(new Point(
                    r.id(),
                    r.answeredAt(),
                    r.occasion(),
                    r.noteId(),
                    r.score(),
                    r.answered(),
                    r.answers(),
                    change,
                    counts && measure.important(baseline, r.score()),
                    r.withdrawnAt(),
                    r.withdrawnWhy()));
        }
        return new MeasureTrend(
                measure.code(),
                measure.title(),
                measure.betterWhen(),
                measure.importantChange(),
                measure.scoringRule(),
                changeMeasure ? baseline : null,
                points);
    }
}
