package org.knotwork.fhir;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.TransactionLocks;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * The practice-wide FHIR export, after the FHIR Bulk Data pattern: an owner kicks it off, polls its status and
 * downloads one NDJSON file per resource type. Owners only; the kick-off and each download are audited.
 */
@Stateless
public class BulkExportService {

    static final String RECORD = "BULK_EXPORT";

    /** The lock under which an export is kicked off ({@link TransactionLocks}). */
    private static final long KICK_OFF_LOCK = 0x6b6e6f74_0005L;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private BulkExportRunner runner;

    /**
     * Queues an export and starts it in the background; one at a time per practice. Of two kick-offs at once the
     * second waits for the first's transaction, then finds its export queued (409); both passed the check before.
     */
    public <V> V start(@NotNull String baseUrl, @NotNull Function<BulkExport, V> view) {
        requireOwner();
        TransactionLocks.take(em, KICK_OFF_LOCK);
        for (BulkExport open : em.createQuery("select e from BulkExport e where e.status in :open", BulkExport.class)
                .setParameter("open", List.of(BulkExportStatus.QUEUED, BulkExportStatus.RUNNING))
                .getResultList()) {
            if (!open.failIfAbandoned(clock.instant())) {
                throw new ConflictException("An export is already running (" + open.id() + "); wait for it to finish.");
            }
        }
        BulkExport export = BulkExport.request(currentUser.id(), baseUrl, clock.instant());
        em.persist(export);
        em.flush();
        audit.record(AuditAction.BULK_EXPORT_REQUESTED, RECORD, export.id(), null, AuditOutcome.SUCCESS, null);
        runner.run(export.id());
        return view.apply(export);
    }

    /** The export as it stands; one whose server stopped is reported failed. */
    public <V> V status(@NotNull UUID id, @NotNull Function<BulkExport, V> view) {
        requireOwner();
        BulkExport export = find(id);
        if (export.failIfAbandoned(clock.instant())) {
            em.flush();
        }
        return view.apply(export);
    }

    /** A finished export's files, in the order they were written. */
    public List<BulkExportFile> files(@NotNull UUID id) {
        requireOwner();
        List<BulkExportFile> files = new ArrayList<>();
        query(
                "select resource_type, sum(resources), sum(bytes), count(*) from bulk_export_parts where export_id = ?"
                        + " group by resource_type",
                row -> files.add(new BulkExportFile(row.getString(1), row.getLong(2), row.getLong(3), row.getInt(4))),
                id);
        List<String> order = Arrays.stream(ExportedType.values())
                .map(ExportedType::resourceType)
                .toList();
        files.sort((a, b) -> Integer.compare(order.indexOf(a.resourceType()), order.indexOf(b.resourceType())));
        return files;
    }

    /** Checks a file may be downloaded and records the download; the bytes follow with {@link #write}. */
    public BulkExportFile download(@NotNull UUID id, @NotNull String resourceType) {
        BulkExport export = status(id, Function.identity());
        if (export.status() != BulkExportStatus.COMPLETE) {
            throw new ConflictException("This export has not finished; poll its status.");
        }
        BulkExportFile file = files(id).stream()
                .filter(f -> f.resourceType().equals(resourceType))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("This export has no " + resourceType + " file."));
        audit.record(
                AuditAction.BULK_EXPORT_DOWNLOADED,
                RECORD,
                id,
                null,
                AuditOutcome.SUCCESS,
                resourceType + ": " + file.resources() + " resource(s)");
        return file;
    }

    /** Streams a file's parts in order, one part in memory at a time, compressed as stored or expanded. */
    public void write(@NotNull UUID id, @NotNull BulkExportFile file, OutputStream out, boolean gzip) {
        requireOwner();
        for (int part = 1; part <= file.parts(); part++) {
            int number = part;
            query(
                    "select content from bulk_export_parts where export_id = ? and resource_type = ? and part = ?",
                    row -> {
                        byte[] content = row.getBytes(1);
                        try {
                            if (gzip) {
                                out.write(content);
                            } else {
                                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
                                    in.transferTo(out);
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    id,
                    file.resourceType(),
                    number);
        }
    }

    /** Deletes an export and its files (a running one stops at its next part). */
    public void delete(@NotNull UUID id) {
        requireOwner();
        find(id);
        em.createNativeQuery("delete from bulk_export_parts where export_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("delete from bulk_exports where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        audit.record(AuditAction.UPDATE, RECORD, id, null, AuditOutcome.SUCCESS, "deleted with its files");
    }

    private BulkExport find(UUID id) {
        BulkExport export = em.find(BulkExport.class, id);
        if (export == null) {
            throw new RecordNotFoundException("There is no export " + id + ".");
        }
        return export;
    }

    private void requireOwner() {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Practice-wide exports are for the practice owner.");
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row row, Object... values) {
        try (Connection c = database.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an export", e);
        }
    }
}
