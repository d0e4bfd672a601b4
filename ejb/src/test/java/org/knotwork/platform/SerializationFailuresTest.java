package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerializationFailuresTest {

    private static RuntimeException failing(String state) {
        return new IllegalStateException("wrapped", new RuntimeException(new SQLException("refused", state)));
    }

    @Test
    void aSerializationFailureOrDeadlockIsDoneAgainUntilItSucceeds() {
        AtomicInteger tries = new AtomicInteger();

        String done = SerializationFailures.retried(() -> {
            int attempt = tries.incrementAndGet();
            if (attempt < 3) {
                throw failing(attempt == 1 ? "40001" : "40P01");
            }
            return "counted";
        });

        assertThat(done).isEqualTo("counted");
        assertThat(tries).hasValue(3);
    }

    @Test
    void anyOtherFailureGoesOnAtOnceAndOneThatLastsGoesOnAfterTheLastTry() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> SerializationFailures.retried(() -> {
                    tries.incrementAndGet();
                    throw failing("23505");
                }))
                .hasMessage("wrapped");
        assertThat(tries).hasValue(1);

        tries.set(0);
        assertThatThrownBy(() -> SerializationFailures.retried(() -> {
                    tries.incrementAndGet();
                    throw failing("40001");
                }))
                .satisfies(e -> assertThat(SerializationFailures.causedBy(e)).isTrue());
        assertThat(tries).hasValue(SerializationFailures.TRIES);
    }
}
