package org.knotwork.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private static Throwable wrapped(Throwable cause) {
        return new EJBException(new PersistenceException("could not execute statement", cause));
    }

    @Test
    void aDatabaseThatIsDownFrozenReadOnlyOrOutOfConnectionsIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("refused", "08001"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("statement timeout", "57014"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("lock timeout", "55P03"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("read-only transaction", "25006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("shutting down", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException(
                        "Error in allocating a connection. Cause: In-use connections equal max-pool-size"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SocketTimeoutException("Read timed out"))))
                .isTrue();
    }

    @Test
    void aRefusedOrBrokenStatementIsNot() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void theAnswerIs503ProblemJsonWithRetryAfter() {
        var response = DatabaseUnavailable.response();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }
}
