package org.knotwork.fhir;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.proms.Measure;
import org.knotwork.proms.PromService;

/**
 * Runs a practice-wide export in the background: every resource type from one consistent snapshot of the database
 * (a repeatable-read transaction), streamed through the same mappings as a client's export into gzip parts. Outside
 * any container transaction: it runs for minutes on a large practice, and writes each part as it goes.
 */
@Stateless
public class BulkExportRunner {

    private static final Logger LOG = Logger.getLogger(BulkExportRunner.class.getName());

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(UUID exportId) {
        List<Measure> measures = PromService.measures(em);
        try (Connection write = database.getConnection();
                Connection read = database.getConnection()) {
            String baseUrl = claim(write, exportId);
            if (baseUrl == null) {
                return;
            }
            try {
                read.setAutoCommit(false);
                read.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Scope scope = Scope.practice(baseUrl, clock.getZone());
                for (ExportedType type : ExportedType.values()) {
                    try (PartWriter parts = new PartWriter(write, exportId, type.resourceType(), clock)) {
                        type.write(read, scope, measures, parts::accept);
                    }
                }
                read.commit();
                finish(write, exportId, BulkExportStatus.COMPLETE, null);
            } catch (CancellationException e) {
                LOG.info(e.getMessage());
            } catch (RuntimeException | SQLException e) {
                LOG.log(Level.SEVERE, "The bulk export " + exportId + " failed", e);
                finish(write, exportId, BulkExportStatus.FAILED, "The export failed on the server; start a new one.");
            } finally {
                read.rollback();
                read.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The bulk export " + exportId + " could not run", e);
        }
    }

    /**
     * Takes the queued export for this server; its request's transaction may commit a moment after this starts, so
     * the row is looked for a few times. Answers the export's base URL, or none when another server took it.
     */
    private String claim(Connection c, UUID exportId) throws SQLException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (PreparedStatement update = c.prepareStatement(
                    "update bulk_exports set status = 'RUNNING', heartbeat_at = ? where id = ? and status = 'QUEUED'"
                            + " returning base_url")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setObject(2, exportId);
                try (ResultSet row = update.executeQuery()) {
                    if (row.next()) {
                        return row.getString(1);
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void finish(Connection c, UUID exportId, BulkExportStatus status, String error) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update bulk_exports set status = ?, finished_at = ?, error = ? where id = ? and status = 'RUNNING'")) {
            update.setString(1, status.name());
            update.setTimestamp(2, Timestamp.from(clock.instant()));
            update.setString(3, error);
            update.setObject(4, exportId);
            update.executeUpdate();
        }
    }
}
