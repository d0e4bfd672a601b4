package org.knotwork.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knotwork.platform.KnotworkDatabase;

/**
 * Chains the audit lines that requests wrote in their own transactions ({@link ChainSealing}), every {@value
 * #SEAL_EVERY_MILLIS} ms and whenever the trail is listed or verified, and notes the chain's head as a checkpoint every
 * {@code knotwork.audit.checkpoint-minutes} (default 15), in the table and in the server log. Several instances may
 * run it at once: the chain's lock lets one seal at a time, and the others skip their turn.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    static final long SEAL_EVERY_MILLIS = 200;

    /** A line waiting longer than this is reported by verification: sealing has stopped. */
    static final Duration OVERDUE = Duration.ofSeconds(30);

    @Resource(lookup = KnotworkDatabase.OWN_TRANSACTIONS_JNDI_NAME)
    private DataSource ownTransactions;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "knotwork.audit.checkpoint-minutes", defaultValue = "15")
    int checkpointMinutes;

    private ScheduledFuture<?> sealing;
    private ScheduledFuture<?> checkpoints;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        sealing = scheduler.scheduleWithFixedDelay(
                () -> seal(false), SEAL_EVERY_MILLIS, SEAL_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        long every = Math.max(1, checkpointMinutes);
        checkpoints = scheduler.scheduleAtFixedRate(this::checkpointQuietly, every, every, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        sealing.cancel(false);
        checkpoints.cancel(false);
        seal(true);
    }

    /** Chains every line committed so far, waiting for the chain if another sealer has it. */
    public void sealNow() {
        try (Connection connection = ownTransactions.getConnection()) {
            ChainSealing.sealWaiting(connection, true);
        } catch (SQLException e) {
            throw new IllegalStateException("The waiting audit lines could not be chained", e);
        }
    }

    /** Notes the chain's head now (unless it has not moved since the last checkpoint). */
    public Optional<AuditCheckpoint> checkpoint() {
        sealNow();
        try (Connection connection = ownTransactions.getConnection()) {
            Optional<AuditCheckpoint> taken = AuditCheckpoints.take(connection, clock.instant());
            taken.ifPresent(checkpoint -> LOG.info(checkpoint.logLine()));
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit checkpoint could not be taken", e);
        }
    }

    /** The newest checkpoints, newest first. */
    public List<AuditCheckpoint> checkpoints(int limit) {
        try (Connection connection = ownTransactions.getConnection()) {
            return AuditCheckpoints.newest(connection, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit checkpoints could not be read", e);
        }
    }

    private void seal(boolean waitForLock) {
        try (Connection connection = ownTransactions.getConnection()) {
            ChainSealing.sealWaiting(connection, waitForLock);
            if (failing) {
                failing = false;
                LOG.info("Audit lines are chained again.");
            }
        } catch (SQLException | RuntimeException e) {
            // Nothing is lost: the lines wait in the database, and the next turn tries again. Said once, not 5 times
            // a second; verification reports lines that wait too long.
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Audit lines cannot be chained for now; they wait in audit_pending", e);
            }
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit checkpoint could not be taken; trying again at the next", e);
        }
    }
}
