package org.knotwork.charting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.PracticeSettings;
import org.knotwork.security.PracticeSettingsService;

/** Opens a client's chart: the client, their body map and their recent sessions. */
@Stateless
public class ChartService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClientService clients;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PracticeSettingsService practice;

    @Inject
    private AuditTrail audit;

    public ClientChart open(@NotNull UUID clientId) {
        Client client = clients.find(clientId);
        ChartQueries queries = new ChartQueries(em);
        PracticeSettings settings = practice.current();
        NoteAccess access = new NoteAccess(currentUser, settings.ownClientsOnly());
        boolean notesVisible = access.maySeeNotes(() -> queries.hasNoteBy(clientId, currentUser.id()));
        List<NoteSummary> notes = notesVisible ? queries.recentNotes(clientId, ClientChart.RECENT_NOTES) : List.of();
        ClientChart chart =
                new ClientChart(client, queries.points(clientId), notes, !notesVisible, settings.pressureUnit());
        audit.record(AuditAction.READ, "CHART", clientId, clientId, AuditOutcome.SUCCESS, null);
        return chart;
    }
}
