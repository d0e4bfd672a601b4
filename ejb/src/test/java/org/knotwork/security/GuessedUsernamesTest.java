package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuessedUsernamesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z");
    private static final LockoutPolicy THREE_THEN_FIFTEEN_MINUTES = new LockoutPolicy(3, Duration.ofMinutes(15));

    @Test
    void anUnknownUsernameLocksAfterAsManyFailuresAsARealOne() {
        GuessedUsernames guessed = new GuessedUsernames();

        assertThat(guessed.recordFailure("nobody", NOW, THREE_THEN_FIFTEEN_MINUTES))
                .isFalse();
        assertThat(guessed.recordFailure("nobody", NOW, THREE_THEN_FIFTEEN_MINUTES))
                .isFalse();
        assertThat(guessed.recordFailure("nobody", NOW, THREE_THEN_FIFTEEN_MINUTES))
                .isTrue();
        assertThat(guessed.recordFailure("nobody", NOW.plusSeconds(60), THREE_THEN_FIFTEEN_MINUTES))
                .isTrue();

        assertThat(guessed.recordFailure("someone-else", NOW, THREE_THEN_FIFTEEN_MINUTES))
                .isFalse();
        assertThat(guessed.recordFailure("nobody", NOW.plus(Duration.ofMinutes(16)), THREE_THEN_FIFTEEN_MINUTES))
                .as("the lock lifts like a real one's")
                .isFalse();
    }
}
