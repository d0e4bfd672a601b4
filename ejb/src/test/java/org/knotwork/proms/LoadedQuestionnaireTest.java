package org.knotwork.proms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

/** Licensed measures as a practice loads them, scored by hand-computed cases with skipped items. */
class LoadedQuestionnaireTest {

    /** Ten ODI sections scored 0–5, percent of the answered sections' maximum, 8 of 10 needed. */
    static final String ODI = Questionnaires.choices("ODI", 10, 0, 5, "percent-of-max-answered", 8, "10", "lower");

    /** Eleven QuickDASH items scored 1–5, (mean − 1) × 25, 10 of 11 needed. */
    static final String QUICK_DASH =
            Questionnaires.integers("QUICKDASH", 11, 1, 5, "percent-of-range-answered", 10, "15.9", "lower");

    static List<Answer> answers(Integer... values) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(new Answer("q" + (i + 1), null, values[i]));
        }
        return answers;
    }

    @Test
    void odiIsTheTotalOverFiveTimesTheSectionsAnsweredTimesAHundred() {
        LoadedQuestionnaire odi = LoadedQuestionnaire.read(ODI);
        // all ten: 2+3+1+0+4+2+1+3+2+2 = 20 of 50 -> 40 %
        assertThat(odi.score(answers(2, 3, 1, 0, 4, 2, 1, 3, 2, 2)).score()).isEqualTo(40.0);
        // one skipped: 18 of 5 x 9 = 45 -> 40 %
        assertThat(odi.score(answers(2, 3, 1, 0, 4, 2, 1, 3, 2, null)).score()).isEqualTo(40.0);
        // two skipped: 9 of 5 x 8 = 40 -> 22.5 %
        Scored twoSkipped = odi.score(answers(1, 1, 1, 1, 1, 1, 1, 2, null, null));
        assertThat(twoSkipped.score()).isEqualTo(22.5);
        assertThat(twoSkipped.answered()).isEqualTo(8);
    }

    @Test
    void tooFewAnsweredIsKeptButNotScored() {
        LoadedQuestionnaire odi = LoadedQuestionnaire.read(ODI);
        Scored threeSkipped = odi.score(answers(1, 1, 1, 1, 1, 1, 1, null, null, null));

        assertThat(threeSkipped.score()).isNull();
        assertThat(threeSkipped.answered()).isEqualTo(7);
    }

    @Test
    void quickDashIsTheMeanLessOneTimesTwentyFive() {
        LoadedQuestionnaire dash = LoadedQuestionnaire.read(QUICK_DASH);
        // all eleven: sum 27, mean 27/11 -> (27/11 - 1) x 25 = 36.3636...
        assertThat(dash.score(answers(2, 3, 1, 4, 2, 2, 3, 1, 5, 2, 2)).score())
                .isCloseTo(36.3636, org.assertj.core.data.Offset.offset(0.0001));
        // one skipped: sum 25 over 10 -> (2.5 - 1) x 25 = 37.5
        assertThat(dash.score(answers(2, 3, 1, 4, 2, 2, 3, 1, 5, 2, null)).score())
                .isEqualTo(37.5);
        assertThat(dash.score(answers(2, 3, 1, 4, 2, 2, 3, 1, 5, null, null)).score())
                .isNull();
        assertThat(dash.important(50.0, 34.0)).as("16 points lower").isTrue();
        assertThat(dash.important(50.0, 35.0)).isFalse();
    }

    @Test
    void sumAndMeanLeaveSkippedItemsOut() {
        LoadedQuestionnaire sum =
                LoadedQuestionnaire.read(Questionnaires.integers("SUMMED", 4, 0, 4, "sum", 3, "2", "higher"));
        LoadedQuestionnaire mean =
                LoadedQuestionnaire.read(Questionnaires.integers("MEANED", 4, 0, 4, "mean", 3, "1", "higher"));

        assertThat(sum.score(answers(1, 2, 3, null)).score()).isEqualTo(6.0);
        assertThat(mean.score(answers(1, 2, 3, null)).score()).isEqualTo(2.0);
        assertThat(mean.score(answers(1, 2, null, null)).score()).isNull();
    }

    @Test
    void aDefinitionWithoutAScoringRuleOrWithBadItemsIsRefusedNamingTheElement() {
        assertThatThrownBy(() -> LoadedQuestionnaire.read(ODI.replace(MeasureCatalogue.SCORING_EXTENSION, "x")))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("questionnaire.extension");
        assertThatThrownBy(() -> LoadedQuestionnaire.read(ODI.replace("percent-of-max-answered", "median")))
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("questionnaire.extension.method");
        assertThatThrownBy(() -> LoadedQuestionnaire.read(ODI.replace("\"choice\"", "\"string\"")))
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("questionnaire.item[0].type");
        assertThatThrownBy(() -> LoadedQuestionnaire.read(ODI.replace("\"ODI\"", "\"PSFS\"")))
                .hasMessageContaining("shipped with Knotwork");
        assertThatThrownBy(() -> LoadedQuestionnaire.read("[]")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> LoadedQuestionnaire.read(ODI.replace("\"valueInteger\":5", "\"valueInteger\":6")
                        .replace("\"valueInteger\":4", "\"valueInteger\":6")))
                .hasMessageContaining("its own score");
    }

    @Test
    void answersOutsideAnItemsOptionsAreRefused() {
        LoadedQuestionnaire odi = LoadedQuestionnaire.read(ODI);
        assertThatThrownBy(() -> odi.score(answers(6, 1, 1, 1, 1, 1, 1, 1, 1, 1)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("answers[0].value");
    }
}
