package org.knotwork.charting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.PracticeSettings;
import org.knotwork.security.PracticeSettingsService;

/** Opens a client's chart: the client, their body map and their recent sessions; and their progress over time. */
@Stateless
public class ChartService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    public ClientChart open(@NotNull UUID clientId) {
        onlyReading();
        Client client = ClientService.find(em, clientId);
        ChartQueries queries = new ChartQueries(em);
        PracticeSettings settings = PracticeSettingsService.current(em);
        NoteAccess access = new NoteAccess(currentUser, settings.ownClientsOnly());
        boolean notesVisible = access.maySeeNotes(() -> queries.hasNoteBy(clientId, currentUser.id()));
        List<NoteSummary> notes = notesVisible ? queries.recentNotes(clientId, ClientChart.RECENT_NOTES) : List.of();
        ClientChart chart =
                new ClientChart(client, queries.points(clientId), notes, !notesVisible, settings.pressureUnit());
        audit.record(AuditAction.READ, "CHART", clientId, clientId, AuditOutcome.SUCCESS, null);
        return chart;
    }

    /** The client's progress over their signed sessions; pain and thresholds only to those who may see the notes. */
    public ClientProgress progress(@NotNull UUID clientId) {
        onlyReading();
        ClientService.find(em, clientId);
        ChartQueries chartQueries = new ChartQueries(em);
        ProgressQueries queries = new ProgressQueries(em);
        PracticeSettings settings = PracticeSettingsService.current(em);
        NoteAccess access = new NoteAccess(currentUser, settings.ownClientsOnly());
        boolean notesVisible = access.maySeeNotes(() -> chartQueries.hasNoteBy(clientId, currentUser.id()));
        List<ClientProgress.PainLine> pain = notesVisible ? queries.pain(clientId, ClientProgress.SESSIONS) : List.of();
        List<ClientProgress.PptLine> thresholds = pain.isEmpty()
                ? List.of()
                : queries.thresholds(clientId, pain.get(0).sessionAt());
        ClientProgress progress = new ClientProgress(
                clientId, pain, thresholds, queries.statusChanges(clientId), !notesVisible, settings.pressureUnit());
        audit.record(AuditAction.READ, "PROGRESS", clientId, clientId, AuditOutcome.SUCCESS, null);
        return progress;
    }

    /**
     * How each of the client's points was treated last (signed sessions only), for a new session to start from;
     * empty to those who may not see the client's notes. {@code view} builds the answer inside this transaction.
     */
    public <T> T lastTreatments(@NotNull UUID clientId, @NotNull Function<List<LastTreatment>, T> view) {
        onlyReading();
        ClientService.find(em, clientId);
        ChartQueries queries = new ChartQueries(em);
        NoteAccess access =
                new NoteAccess(currentUser, PracticeSettingsService.current(em).ownClientsOnly());
        boolean notesVisible = access.maySeeNotes(() -> queries.hasNoteBy(clientId, currentUser.id()));
        T answer = view.apply(notesVisible ? queries.lastTreatments(clientId) : List.of());
        audit.record(AuditAction.READ, "LAST_TREATMENTS", clientId, clientId, AuditOutcome.SUCCESS, null);
        return answer;
    }

    /**
     * A chart and a progress read change nothing, and each runs in its own transaction (the resource calls it
     * directly): Hibernate keeps no snapshots of what they load and skips the dirty check at commit.
     */
    private void onlyReading() {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
