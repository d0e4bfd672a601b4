package org.knotwork.proms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class PsfsTest {

    final Psfs psfs = new Psfs();

    static Answer activity(int n, String name, Integer rating) {
        return new Answer("activity-" + n, name, rating);
    }

    @Test
    void theScoreIsTheMeanOfTheRatedActivities() {
        // (3 + 5 + 7 + 4) / 4 = 4.75
        Scored scored = psfs.score(List.of(
                activity(1, "Reaching overhead", 3),
                activity(2, "Carrying shopping", 5),
                activity(3, "Driving, turning the head", 7),
                activity(4, "Sleeping on the right side", 4)));

        assertThat(scored.score()).isEqualTo(4.75);
        assertThat(scored.answered()).isEqualTo(4);
    }

    @Test
    void anUnratedActivityIsLeftOutOfTheMeanNotCountedAsZero() {
        // (2 + 6) / 2 = 4.0, not (2 + 0 + 6) / 3
        Scored scored = psfs.score(List.of(
                activity(1, "Reaching overhead", 2), activity(2, "Carrying shopping", null), activity(3, "Typing", 6)));

        assertThat(scored.score()).isEqualTo(4.0);
        assertThat(scored.answered()).isEqualTo(2);
    }

    @Test
    void threeToFiveActivitiesAreNamed() {
        assertThatThrownBy(() -> psfs.score(List.of(activity(1, "Reaching", 2), activity(2, "Typing", 6))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("3 to 5 activities");
        assertThat(psfs.score(List.of(
                                activity(1, "a", 1),
                                activity(2, "b", 2),
                                activity(3, "c", 3),
                                activity(4, "d", 4),
                                activity(5, "e", 10)))
                        .score())
                .isEqualTo(4.0);
        assertThatThrownBy(() -> psfs.score(List.of(
                        activity(1, "a", 1),
                        activity(2, "b", 2),
                        activity(3, "c", 3),
                        activity(4, "d", 4),
                        activity(5, "e", 5),
                        activity(6, "f", 6))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no item activity-6");
    }

    @Test
    void ratingsRunFromZeroToTen() {
        assertThat(psfs.score(List.of(activity(1, "a", 0), activity(2, "b", 10), activity(3, "c", 5)))
                        .score())
                .isEqualTo(5.0);
        assertThatThrownBy(() -> psfs.score(List.of(activity(1, "a", 11), activity(2, "b", 1), activity(3, "c", 1))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("answers[0].value");
        assertThatThrownBy(() -> psfs.score(List.of(activity(1, "a", -1), activity(2, "b", 1), activity(3, "c", 1))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aResponseWithNothingRatedIsRefused() {
        assertThatThrownBy(() ->
                        psfs.score(List.of(activity(1, "a", null), activity(2, "b", null), activity(3, "c", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Nothing was answered");
    }

    @Test
    void aRatingNeedsTheActivityItRates() {
        assertThatThrownBy(() -> psfs.score(
                        List.of(activity(1, "a", 1), activity(2, "b", 2), activity(3, "c", 3), activity(4, " ", 4))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Name the activity rated under activity-4");
    }

    @Test
    void aRiseOfTwoPointsInTheMeanIsTheImportantChange() {
        assertThat(psfs.important(3.5, 5.5)).isTrue();
        assertThat(psfs.important(3.5, 5.4)).isFalse();
        assertThat(psfs.important(5.5, 3.5)).as("worse is not an improvement").isFalse();
        assertThat(psfs.important(null, 9))
                .as("no baseline, nothing to compare")
                .isFalse();
        assertThat(psfs.responsesToJudge()).isEqualTo(2);
    }
}
