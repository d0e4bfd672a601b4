package org.knotwork.outcomes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.knotwork.platform.KnotworkDatabase;

/**
 * Keeps the outcome summaries and the facts' months by the clinic's months (V70, V80): at start-up, when
 * {@code knotwork.timezone} is not the zone they were kept in, they are rebuilt from the facts in one transaction
 * (seconds for a busy practice; signings wait for it), once the dashboards reading them let it, then vacuumed. Until then, and for a zone they are not kept in,
 * the figures come from the facts, their months worked out per row.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutcomeSummaryZone {

    private static final Logger LOG = Logger.getLogger(OutcomeSummaryZone.class.getName());

    /** How long, in all, a rebuild at start-up waits for the dashboards reading the summaries. */
    static final Duration REBUILD_PATIENCE = Duration.ofSeconds(60);

    /** Between two attempts, long enough for the dashboards and signings that queued behind one to run. */
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(500);

    /** PostgreSQL's SQLSTATE for a lock not granted within the lock time-out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @Inject
    private Clock clock;

    @PostConstruct
    void keepSummariesInTheClinicZone() {
        String zone = OutcomeStatements.postgresZone(clock.getZone());
        try (Connection connection = database.getConnection()) {
            String kept = kept(connection);
            if (!kept.equals(zone)) {
                long started = System.nanoTime();
                rebuildAndVacuum(connection, zone);
                LOG.info(() -> String.format(
                        "Outcome summaries rebuilt for the months of %s (were %s) in %.1f s",
                        zone, kept, (System.nanoTime() - started) / 1e9));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the outcome summaries in the zone " + zone, e);
        }
    }

    /** The zone whose months the summaries are kept by, as PostgreSQL names it. */
    static String kept(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select zone from outcome_summary_zone");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * The rebuild and the vacuum rewrite and read every outcome fact of the practice, one statement each: on a busy
     * practice and a loaded machine longer than the pool's limits on a statement and a read (KnotworkDatabase: 10 s,
     * 12 s), which would stop the start-up. They are lifted on this one connection while those run, each statement
     * commits by itself (VACUUM cannot run inside a transaction), and the connection is put back as it was.
     */
    static void rebuildAndVacuum(Connection connection, String zone) throws SQLException {
        int readLimit = connection.getNetworkTimeout();
        boolean autoCommit = connection.getAutoCommit();
        connection.setNetworkTimeout(Runnable::run, 0);
        connection.setAutoCommit(true);
        try (Statement limit = connection.createStatement()) {
            limit.execute("set statement_timeout = 0");
            limit.execute("set lock_timeout = " + KnotworkDatabase.LOCK_TIMEOUT_MILLIS);
            try {
                rebuildWhenTheSummariesAreFree(connection, zone);
                vacuum(connection);
            } finally {
                limit.execute("reset statement_timeout");
                limit.execute("reset lock_timeout");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setNetworkTimeout(Runnable::run, readLimit);
        }
    }

    /**
     * A dashboard holds the summaries (for reading) until it ends, and the rebuild's truncation waits for it. While it
     * waits, every lock asked for after it waits behind it: every unfiltered dashboard, and every note signing, whose
     * triggers update the summaries (V80), on every instance. So it waits no longer than a request waits for a lock
     * ({@link KnotworkDatabase#LOCK_TIMEOUT_MILLIS}), lets those through for a moment, and tries again, for
     * {@link #REBUILD_PATIENCE} in all; each attempt is a transaction of its own, so a failed one leaves nothing.
     */
    private static void rebuildWhenTheSummariesAreFree(Connection connection, String zone) throws SQLException {
        long giveUp = System.nanoTime() + REBUILD_PATIENCE.toNanos();
        while (true) {
            try {
                rebuild(connection, zone);
                return;
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || System.nanoTime() > giveUp) {
                    throw e;
                }
                LOG.info("The outcome summaries are being read; their rebuild tries again shortly");
            }
            try {
                Thread.sleep(BETWEEN_ATTEMPTS.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to rebuild the outcome summaries", e);
            }
        }
    }

    /**
     * The rebuild rewrote every session and change fact and refilled the month summaries: until vacuumed, their
     * index-only scans visit the table for each row and the planner works from the old row counts, and the first
     * dashboards would pay for it, or for autovacuum doing it beside them (the Berlin figures of 29 November).
     */
    private static void vacuum(Connection connection) throws SQLException {
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("vacuum (analyze) outcome_sessions, outcome_point_changes, "
                    + String.join(", ", OutcomeOpening.TRUNCATED_BY_A_REBUILD));
        }
    }

    static void rebuild(Connection connection, String zone) throws SQLException {
        try (PreparedStatement rebuild = connection.prepareStatement("select rebuild_outcome_summaries(?)")) {
            rebuild.setString(1, zone);
            rebuild.execute();
        }
    }
}
