package org.knotwork.proms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class PgicTest {

    final Pgic pgic = new Pgic();

    @Test
    void theScoreIsTheAnswerOnSevenPoints() {
        assertThat(pgic.score(List.of(new Answer("pgic", null, 3))).score()).isEqualTo(3.0);
        assertThat(pgic.score(List.of(new Answer("pgic", null, 7))).score()).isEqualTo(7.0);
        assertThatThrownBy(() -> pgic.score(List.of(new Answer("pgic", null, 8))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> pgic.score(List.of(new Answer("pgic", null, 0))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void muchOrVeryMuchImprovedCountsAndNothingLess() {
        assertThat(pgic.important(null, 1)).as("very much improved").isTrue();
        assertThat(pgic.important(null, 2)).as("much improved").isTrue();
        assertThat(pgic.important(null, 3)).as("minimally improved").isFalse();
        assertThat(pgic.important(null, 4)).as("no change").isFalse();
        assertThat(pgic.responsesToJudge()).isEqualTo(1);
        assertThat(Pgic.label(2)).isEqualTo("Much improved");
    }

    @Test
    void aSkippedAnswerLeavesNothingToRecord() {
        assertThatThrownBy(() -> pgic.score(List.of(new Answer("pgic", null, null))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> pgic.score(List.of())).isInstanceOf(RuleViolationException.class);
    }

    static final Instant EARLIEST = Instant.parse("1979-12-31T00:00:00Z");

    @Test
    void answersDatedBeforeTheClientWasBornAreRefused() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThatThrownBy(() -> PromResponse.record(
                        pgic,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Instant.parse("0001-01-01T00:00:00Z"),
                        EARLIEST,
                        List.of(new Answer("pgic", null, 2)),
                        UUID.randomUUID(),
                        now))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before the client's date of birth");
    }

    @Test
    void itIsNotAskedAtIntakeBecauseItAsksAboutChange() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThatThrownBy(() -> PromResponse.record(
                        pgic,
                        UUID.randomUUID(),
                        null,
                        now,
                        EARLIEST,
                        List.of(new Answer("pgic", null, 2)),
                        UUID.randomUUID(),
                        now))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("record it at a session");
        PromResponse atSession = PromResponse.record(
                pgic,
                UUID.randomUUID(),
                UUID.randomUUID(),
                now,
                EARLIEST,
                List.of(new Answer("pgic", null, 2)),
                UUID.randomUUID(),
                now);
        assertThat(atSession.occasion()).isEqualTo(Occasion.SESSION);
        assertThat(atSession.score()).isEqualTo(2.0);
    }
}
