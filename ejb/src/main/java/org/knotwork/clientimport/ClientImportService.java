package org.knotwork.clientimport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * Moves a practice's clients in from another system's CSV: a dry run reports every bad row; an import takes every
 * client on in one transaction, and only when every row is good. The owner's to do; both are audited.
 */
@Stateless
public class ClientImportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Checks the file and writes nothing. */
    public ImportReport check(String csv) {
        requireOwner();
        ImportReport report = withSameClients(ClientCsv.read(csv, clock.instant(), clock.getZone()), 0);
        audit.record(
                AuditAction.CLIENTS_IMPORT_CHECKED,
                "CLIENT_IMPORT",
                null,
                null,
                AuditOutcome.SUCCESS,
                report.rows() + " row(s), " + report.badRows().size() + " bad");
        return report;
    }

    /** Takes every client on, or (with any bad row) none: the report says which happened. */
    public ImportReport importAll(String csv) {
        requireOwner();
        Instant now = clock.instant();
        ClientCsv read = ClientCsv.read(csv, now, clock.getZone());
        ImportReport refused = withSameClients(read, 0);
        if (!refused.clean()) {
            audit.record(
                    AuditAction.CLIENTS_IMPORTED,
                    "CLIENT_IMPORT",
                    null,
                    null,
                    AuditOutcome.FAILED,
                    "nothing imported: " + refused.badRows().size() + " bad row(s) of " + refused.rows());
            return refused;
        }
        for (Map.Entry<Integer, ClientProfile> row : read.profiles().entrySet()) {
            Client client = Client.register(row.getValue(), now, clock.getZone());
            em.persist(client);
            audit.record(
                    AuditAction.CREATE,
                    "CLIENT",
                    client.id(),
                    client.id(),
                    AuditOutcome.SUCCESS,
                    "imported from CSV, row " + row.getKey());
        }
        em.flush();
        ImportReport report = read.report(read.profiles().size());
        audit.record(
                AuditAction.CLIENTS_IMPORTED,
                "CLIENT_IMPORT",
                null,
                null,
                AuditOutcome.SUCCESS,
                report.imported() + " client(s) imported");
        return report;
    }

    /** The file's own problems and, for its good rows, those of a client registered twice. */
    private ImportReport withSameClients(ClientCsv read, int imported) {
        ImportReport report = read.report(imported);
        List<ImportReport.RowProblem> problems = new ArrayList<>(report.problems());
        problems.addAll(SameClients.in(read.profiles(), em));
        problems.sort(Comparator.comparingInt(ImportReport.RowProblem::row));
        return new ImportReport(report.rows(), problems, imported);
    }

    private void requireOwner() {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Moving clients in from another system is for the practice owner.");
        }
    }
}
