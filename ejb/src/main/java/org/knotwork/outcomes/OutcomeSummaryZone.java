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
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.knotwork.platform.KnotworkDatabase;

/**
 * Keeps the outcome summaries by the clinic's months (V70): at start-up, when {@code knotwork.timezone} is not the
 * zone the summaries were kept in, they are rebuilt from the facts in one transaction (seconds for a busy practice;
 * signings wait for it). Until then, and for a zone they are not kept in, the figures come from the facts.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutcomeSummaryZone {

    private static final Logger LOG = Logger.getLogger(OutcomeSummaryZone.class.getName());

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
                rebuild(connection, zone);
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

    static void rebuild(Connection connection, String zone) throws SQLException {
        try (PreparedStatement rebuild = connection.prepareStatement("select rebuild_outcome_summaries(?)")) {
            rebuild.setString(1, zone);
            rebuild.execute();
        }
    }
}
