package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.practice.PressureUnit;

class ClientProgressTest {

    static ClientProgress.PainLine session(int day, Integer before, Integer after) {
        return new ClientProgress.PainLine(
                UUID.randomUUID(), Instant.parse("2026-03-01T10:00:00Z").plusSeconds(day * 86400L), before, after);
    }

    static ClientProgress progress(ClientProgress.PainLine... sessions) {
        return new ClientProgress(UUID.randomUUID(), List.of(sessions), List.of(), List.of(), false, PressureUnit.KPA);
    }

    @Test
    void theBaselineIsThePainTheClientCameInWithAtTheFirstSessionThatRecordedIt() {
        ClientProgress progress = progress(session(0, null, 3), session(7, 7, 4), session(14, 6, 3));

        assertThat(progress.baselinePain()).isEqualTo(7);
    }

    @Test
    void aDropOfTwoPointsSinceTheFirstSessionIsClinicallyImportantAndOneIsNot() {
        ClientProgress.PainLine first = session(0, 7, 4);
        ClientProgress.PainLine oneLower = session(7, 6, 3);
        ClientProgress.PainLine twoLower = session(14, 5, 2);
        ClientProgress progress = progress(first, oneLower, twoLower);

        assertThat(progress.changeFromBaseline(oneLower)).isEqualTo(1);
        assertThat(progress.importantChange(oneLower)).isFalse();
        assertThat(progress.changeFromBaseline(twoLower)).isEqualTo(2);
        assertThat(progress.importantChange(twoLower)).isTrue();
        assertThat(progress.importantChange(first)).isFalse();
    }

    @Test
    void aRiseOfTwoPointsIsAlsoAnImportantChangeButANegativeOne() {
        ClientProgress.PainLine worse = session(7, 6, 6);
        ClientProgress progress = progress(session(0, 4, 2), worse);

        assertThat(progress.changeFromBaseline(worse)).isEqualTo(-2);
        assertThat(progress.importantChange(worse)).isTrue();
    }

    @Test
    void withoutRecordedPainThereIsNoChangeToMark() {
        ClientProgress.PainLine unknown = session(7, null, null);
        ClientProgress progress = progress(session(0, null, null), unknown);

        assertThat(progress.baselinePain()).isNull();
        assertThat(progress.changeFromBaseline(unknown)).isNull();
        assertThat(progress.importantChange(unknown)).isFalse();
    }
}
