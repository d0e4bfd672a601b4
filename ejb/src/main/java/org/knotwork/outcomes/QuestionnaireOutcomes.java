package org.knotwork.outcomes;

import java.util.List;

/**
 * Per outcome questionnaire, the share of clients reaching its clinically important change in the period. A client
 * counts when their answers in the period (withdrawn and unscored ones left out) allow a judgement: two scored
 * responses for a change measure (first against latest: PSFS up by 2, a loaded measure by its importantChange in its
 * better direction), one for PGIC (the latest "much" or "very much improved"). With a therapist, muscle or complaint
 * filter, only clients with a counted session under that filter in the period count (docs/outcomes.md).
 */
public record QuestionnaireOutcomes(OutcomeFilter filter, List<Measure> measures) {

    public record Measure(
            String code, String title, long clients, long evaluated, long reached, String importantChange) {

        /** Share (0–1) of evaluated clients who reached the important change; {@code null} with none evaluated. */
        public Double reachedShare() {
            return evaluated == 0 ? null : (double) reached / evaluated;
        }
    }
}
