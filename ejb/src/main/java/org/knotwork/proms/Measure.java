package org.knotwork.proms;

import java.util.List;

/**
 * An outcome questionnaire: its items, how it is scored (skipped items included) and what change in its score is
 * clinically important. The free measures are written here (PSFS, PGIC); licensed ones come from the definition a
 * practice loads ({@link LoadedQuestionnaire}).
 */
public sealed interface Measure permits Psfs, Pgic, LoadedQuestionnaire {

    /** Knotwork's code for the measure, as responses and the API name it. */
    String code();

    String title();

    /** The canonical URL of its FHIR Questionnaire. */
    String url();

    List<MeasureItem> items();

    /** Whether the measure makes sense before treatment; a global impression of change does not. */
    boolean askedAtIntake();

    BetterWhen betterWhen();

    /** The smallest change in the score that matters to the client. */
    double importantChange();

    /** The scoring rule in words, for the session form and the documentation. */
    String scoringRule();

    /** Checks the answers against the items and scores them; refuses an answer the measure does not allow. */
    Scored score(List<Answer> answers);

    /**
     * Whether {@code score} shows the clinically important change: for a change measure against the client's
     * {@code baseline} (their first score), for a global impression of change by the answer itself.
     */
    boolean important(Double baseline, double score);

    /** Scored responses a client needs before the important change can be judged: two for a change, else one. */
    default int responsesToJudge() {
        return 2;
    }

    /** A change measure compares with the baseline: important when it improved by at least the important change. */
    static boolean improvedEnough(Measure measure, Double baseline, double score) {
        return baseline != null && measure.betterWhen().improvement(baseline, score) >= measure.importantChange();
    }
}
