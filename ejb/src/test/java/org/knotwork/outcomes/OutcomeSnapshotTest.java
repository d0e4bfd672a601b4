package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedLooks;
import org.knotwork.platform.KnotworkDatabase;
import org.postgresql.PGConnection;

/**
 * A dashboard reads one snapshot: another instance rebuilding the summaries for another zone while the dashboard's
 * statements run changes neither its figures nor its line. The rebuild is made to fall, every time, between the
 * opening (which finds the zone) and the clients statement (whose guard writes the line): the rebuilding connection
 * holds a lock the clients statement's insert of the line needs, and lets go of it by committing the rebuild once the
 * dashboard waits for it.
 */
class OutcomeSnapshotTest extends HandComputedPractice {

    static final String BERLIN = OutcomeStatements.postgresZone(OutcomeRoundTripsTest.BERLIN);

    /** Each test's own threads: the class has one instance for all its tests. */
    private ExecutorService others;

    @BeforeEach
    void newThreads() {
        others = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void keepTheSummariesInUtcAgain() throws SQLException {
        others.shutdownNow();
        try (Connection c = connection()) {
            OutcomeSummaryZone.rebuild(c, "UTC");
            try (Statement clear = c.createStatement()) {
                clear.execute("delete from audit_pending");
            }
        }
    }

    @Test
    void summariesRebuiltForAnotherZoneBetweenTheOpeningAndTheFiguresChangeNeitherTheAnswerNorItsOneLine()
            throws Exception {
        for (OutcomeFilter filter : filters()) {
            assertOneSnapshot(filter, "UTC", BERLIN);
        }
    }

    @Test
    void summariesRebuiltForTheClinicZoneBetweenTheOpeningAndTheFiguresWriteOneLineNotTwo() throws Exception {
        for (OutcomeFilter filter : filters()) {
            assertOneSnapshot(filter, BERLIN, "UTC");
        }
    }

    /**
     * A rebuild truncates the month summaries, which is not versioned: a dashboard that took its snapshot before the
     * rebuild committed, and read the summaries after, would find them empty. It is asked here while a rebuild for
     * another zone has done everything but commit.
     */
    @Test
    void aDashboardAskedWhileARebuildIsUnderWayReadsWhatTheRebuildLeaves() throws Exception {
        for (OutcomeFilter filter : filters()) {
            PracticeOutcomes expected;
            try (Connection c = connection()) {
                expected = new OutcomeQueries(c).fromFacts(filter, ZoneOffset.UTC);
            }
            try (Connection rebuilding = connection();
                    Connection asked = connection()) {
                rebuilding.setAutoCommit(false);
                asked.setAutoCommit(false);
                OutcomeSummaryZone.rebuild(rebuilding, BERLIN);
                Future<PracticeOutcomes> answer = others.submit(() -> new OutcomeQueries(asked)
                        .outcomes(filter, ZoneOffset.UTC, RecordedLooks.outcomesViewed("screen; ", " client(s)")));
                waitUntil(rebuilding, asked, answer);
                rebuilding.commit();

                PracticeOutcomes answered = answer.get(30, TimeUnit.SECONDS);
                asked.commit();

                assertThat(answered).as(filter.describe()).isEqualTo(expected);
            }
            assertThat(viewedLines())
                    .as(filter.describe())
                    .containsExactly("screen; " + expected.clients().clients() + " client(s)");
            try (Connection c = connection()) {
                OutcomeSummaryZone.rebuild(c, "UTC");
            }
        }
    }

    /**
     * A rebuild at start-up finds a dashboard reading the summaries, for longer than a request waits for a lock. The
     * dashboards asked meanwhile, which queue behind its truncation, are let through once it has waited that long (a
     * truncation queued for a minute held every one of them, and every signing), and it tries again until it is done.
     */
    @Test
    void aRebuildWaitingForALongDashboardLetsTheNextOnesThroughAndIsDoneOnceItEnds() throws Exception {
        OutcomeFilter unfiltered = filters().get(0);
        PracticeOutcomes expected;
        try (Connection c = connection()) {
            expected = new OutcomeQueries(c).fromFacts(unfiltered, ZoneOffset.UTC);
        }
        try (Connection longDashboard = connection();
                Connection rebuilding = connection();
                Connection next = connection()) {
            longDashboard.setAutoCommit(false);
            try (Statement reading = longDashboard.createStatement()) {
                reading.execute("lock table " + String.join(", ", OutcomeOpening.TRUNCATED_BY_A_REBUILD)
                        + " in access share mode");
            }
            Future<Void> rebuilt = others.submit(() -> {
                OutcomeSummaryZone.rebuildAndVacuum(rebuilding, BERLIN);
                return null;
            });
            waitUntil(longDashboard, rebuilding, rebuilt);
            try (Statement patience = next.createStatement()) {
                // Longer than the rebuild waits before it gives way, shorter than the rebuild waited before.
                patience.execute("set lock_timeout = " + (KnotworkDatabase.LOCK_TIMEOUT_MILLIS + 2_000));
            }
            next.setAutoCommit(false);

            PracticeOutcomes answered = new OutcomeQueries(next).outcomes(unfiltered, ZoneOffset.UTC, null);
            next.commit();
            longDashboard.commit();
            rebuilt.get(30, TimeUnit.SECONDS);

            assertThat(answered).isEqualTo(expected);
            assertThat(OutcomeSummaryZone.kept(rebuilding)).isEqualTo(BERLIN);
        }
    }

    /**
     * The summaries kept in {@code keptBefore}; a UTC clinic's dashboard in a transaction of its own, as the
     * container's, held after its opening by a lock on the table its line goes to; another connection rebuilding the
     * summaries for {@code rebuiltFor} meanwhile, as far as it can go (committed, or waiting for the dashboard); then
     * the dashboard let go on.
     */
    private void assertOneSnapshot(OutcomeFilter filter, String keptBefore, String rebuiltFor) throws Exception {
        try (Connection c = connection()) {
            OutcomeSummaryZone.rebuild(c, keptBefore);
        }
        PracticeOutcomes expected;
        try (Connection c = connection()) {
            expected = new OutcomeQueries(c).fromFacts(filter, ZoneOffset.UTC);
        }
        try (Connection holding = connection();
                Connection rebuilding = connection();
                Connection asked = connection()) {
            holding.setAutoCommit(false);
            asked.setAutoCommit(false);
            try (Statement lock = holding.createStatement()) {
                lock.execute("lock table audit_pending in share mode");
            }
            Future<PracticeOutcomes> answer = others.submit(() -> new OutcomeQueries(asked)
                    .outcomes(
                            filter,
                            ZoneOffset.UTC,
                            RecordedLooks.outcomesViewed("screen: " + filter.describe() + "; ", " client(s)")));
            waitUntil(holding, asked, null);
            Future<Void> rebuilt = others.submit(() -> {
                OutcomeSummaryZone.rebuild(rebuilding, rebuiltFor);
                return null;
            });
            waitUntil(holding, rebuilding, rebuilt);
            holding.commit();

            PracticeOutcomes answered = answer.get(30, TimeUnit.SECONDS);
            asked.commit();
            rebuilt.get(30, TimeUnit.SECONDS);

            assertThat(answered).as(filter.describe()).isEqualTo(expected);
        }
        assertThat(viewedLines())
                .as(filter.describe())
                .containsExactly("screen: " + filter.describe() + "; "
                        + expected.clients().clients() + " client(s)");
    }

    /** The details of the looks at the outcomes written, oldest first; taken away, so the next case starts afresh. */
    private List<String> viewedLines() throws SQLException {
        List<String> details = new ArrayList<>();
        try (Connection c = connection();
                Statement query = c.createStatement();
                ResultSet lines = query.executeQuery(
                        "with gone as (delete from audit_pending"
                                + " where action = 'OUTCOMES_VIEWED' returning id, detail) select detail from gone order by id")) {
            while (lines.next()) {
                details.add(lines.getString(1));
            }
        }
        return details;
    }

    /** Until {@code waiting}'s backend waits for a lock, or {@code work} is done. */
    private static void waitUntil(Connection watching, Connection waiting, Future<?> work) throws Exception {
        int backend = waiting.unwrap(PGConnection.class).getBackendPID();
        for (int tries = 0; tries < 600; tries++) {
            if (work != null && work.isDone()) {
                work.get();
                return;
            }
            try (PreparedStatement query =
                    watching.prepareStatement("select wait_event_type = 'Lock' from pg_stat_activity where pid = ?")) {
                query.setInt(1, backend);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Neither done nor waiting for a lock");
    }

    @Test
    void theSummariesLockedBeforeTheSnapshotAreThoseARebuildTruncates() throws SQLException {
        try (Connection c = connection();
                Statement query = c.createStatement();
                ResultSet definition =
                        query.executeQuery("select pg_get_functiondef('rebuild_outcome_summaries'::regproc)")) {
            definition.next();
            assertThat(definition.getString(1))
                    .containsOnlyOnce("truncate ")
                    .contains("truncate " + String.join(", ", OutcomeOpening.TRUNCATED_BY_A_REBUILD) + ";");
        }
    }

    /** Without filters (from the summaries when kept in the zone) and by therapist (from the facts' stored months). */
    private List<OutcomeFilter> filters() {
        return List.of(
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, null, null, null),
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, practice.alex(), null, null));
    }
}
