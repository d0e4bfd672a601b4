package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditTrail;
import org.knotwork.audit.AuditedRead;
import org.knotwork.audit.OneTransactionTrail;
import org.knotwork.audit.RecordedLooks;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;

/**
 * A dashboard that fails after its clients statement wrote the look's line (a statement sent with it runs out of time
 * waiting for a lock) leaves exactly one line, saying the look failed; a refused dashboard still leaves none. Through
 * {@link OutcomeService} itself, its transaction ended as the container ends it.
 */
class FailedDashboardLookTest extends HandComputedPractice {

    @Test
    void aDashboardFailingAfterItsLineWasWrittenLeavesOneFailedLine() throws SQLException {
        for (OutcomeFilter filter : List.of(
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, null, null, null),
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, practice.alex(), null, null))) {
            OneTransactionTrail trail =
                    new OneTransactionTrail(database.database().dataSource());

            try (Connection holding = connection()) {
                holding.setAutoCommit(false);
                try (Statement lock = holding.createStatement()) {
                    // Read by the points statement, sent after the clients statement, which reads no point changes.
                    lock.execute("lock table outcome_point_changes in access exclusive mode");
                }
                assertThatThrownBy(() -> service(trail).outcomes(filter, "screen"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasStackTraceContaining("canceling statement due to lock timeout");
                holding.rollback();
            }
            trail.rolledBack();

            assertThat(viewedLines())
                    .as(filter.describe())
                    .containsExactly("FAILED Rolled back, so this did not happen: screen: " + filter.describe()
                            + "; ? client(s)");
        }
    }

    @Test
    void aTrailFailingToTakeTheLookAfterAFailedDashboardHidesNotTheDashboardsFailure() throws SQLException {
        AuditTrail failing = new AuditTrail() {
            @Override
            public AuditedRead lookRecordedBy(AuditAction action, String recordType, String detail, String detailEnd) {
                return RecordedLooks.outcomesViewed(detail, detailEnd);
            }

            @Override
            public void sent(AuditedRead read) {
                throw new IllegalStateException("The trail is unreachable");
            }
        };
        OutcomeFilter filter = new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, null, null, null);

        try (Connection holding = connection()) {
            holding.setAutoCommit(false);
            try (Statement lock = holding.createStatement()) {
                lock.execute("lock table outcome_point_changes in access exclusive mode");
            }
            assertThatThrownBy(() -> service(failing).outcomes(filter, "screen"))
                    .hasMessage("Could not compute the practice outcomes")
                    .hasStackTraceContaining("canceling statement due to lock timeout")
                    .satisfies(thrown -> assertThat(thrown.getSuppressed())
                            .singleElement()
                            .extracting(Throwable::getMessage)
                            .isEqualTo("The trail is unreachable"));
            holding.rollback();
        }
    }

    @Test
    void aRefusedDashboardLeavesNoLine() throws SQLException {
        OneTransactionTrail trail = new OneTransactionTrail(database.database().dataSource());
        OutcomeFilter stranger =
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, UUID.randomUUID(), null, null);

        assertThatThrownBy(() -> service(trail).outcomes(stranger, "screen"))
                .isInstanceOf(RuleViolationException.class);
        trail.rolledBack();

        assertThat(viewedLines()).isEmpty();
    }

    /** The service as the container wires it for an owner, its connections in a transaction, waiting briefly for locks. */
    private OutcomeService service(AuditTrail trail) {
        CurrentUser owner = new CurrentUser();
        owner.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, UUID.randomUUID(), "owner", "Owner", Set.of(Role.OWNER)));
        DataSource inTransactions = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("getConnection") || arguments != null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Connection connection = connection();
                    try (Statement wait = connection.createStatement()) {
                        wait.execute("set lock_timeout = '200ms'");
                    }
                    connection.setAutoCommit(false);
                    return connection;
                });
        return wired(
                new OutcomeService(),
                Map.of(
                        "database",
                        inTransactions,
                        "clock",
                        Clock.system(ZoneOffset.UTC),
                        "currentUser",
                        owner,
                        "audit",
                        trail));
    }

    /** Each look at the outcomes waiting to be chained, as its outcome and detail, oldest first; taken away. */
    private List<String> viewedLines() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connection();
                Statement query = c.createStatement();
                ResultSet rows =
                        query.executeQuery("with gone as (delete from audit_pending where action = 'OUTCOMES_VIEWED'"
                                + " returning id, outcome, detail) select outcome, detail from gone order by id")) {
            while (rows.next()) {
                lines.add(rows.getString("outcome") + " " + rows.getString("detail"));
            }
        }
        return lines;
    }
}
