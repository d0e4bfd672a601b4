package org.knotwork.charting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.client.ClientAccess;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;

/**
 * Opens a client's chart: the client, their body map and their recent sessions; and their progress over time. Only
 * for those who may see the client ({@link ClientAccess}); the view is built inside the transaction.
 */
@Stateless
public class ChartService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /**
     * The chart, its view built by {@code view} inside this transaction. Its arguments are checked here rather than by
     * Bean Validation: the container's validation interceptor around the most frequent request there is cost about 2 %
     * of a chart's CPU in Payara Micro (docs/performance.md, "Under load", 2026-11-30 04:16), for a path parameter that
     * is never null.
     */
    public <V> V open(UUID clientId, Function<ClientChart, V> view) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(view, "view");
        onlyReading();
        ChartQueries queries = new ChartQueries(em);
        ChartQueries.ClientWithPoints found = queries.clientWithPoints(clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        PracticeSettings settings = PracticeSettingsService.current(em);
        // The look is recorded by the statement that reads the sessions: one statement fewer for every chart, about
        // 0.2 ms of PostgreSQL's CPU in each (docs/performance.md, "Under load", 2026-11-30 14:13). Should the view
        // fail, the transaction rolls back and the line is written again as failed.
        List<NoteSummary> recent = audit.recordReading(
                AuditAction.READ,
                "CHART",
                clientId,
                clientId,
                ChartQueries.recentNotes(clientId, ClientChart.RECENT_NOTES));
        ClientChart chart = new ClientChart(found.client(), found.points(), recent, false, settings.pressureUnit());
        return view.apply(chart);
    }

    /** The client's progress over their signed sessions. */
    public <V> V progress(@NotNull UUID clientId, @NotNull Function<ClientProgress, V> view) {
        onlyReading();
        new ChartQueries(em).clientAndPractice(clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        ProgressQueries queries = new ProgressQueries(em);
        PracticeSettings settings = PracticeSettingsService.current(em);
        List<ClientProgress.PainLine> pain = queries.pain(clientId, ClientProgress.SESSIONS);
        List<ClientProgress.PptLine> thresholds = pain.isEmpty()
                ? List.of()
                : queries.thresholds(clientId, pain.get(0).sessionAt());
        ClientProgress progress = new ClientProgress(
                clientId, pain, thresholds, queries.statusChanges(clientId), false, settings.pressureUnit());
        V shown = view.apply(progress);
        audit.record(AuditAction.READ, "PROGRESS", clientId, clientId, AuditOutcome.SUCCESS, null);
        return shown;
    }

    /**
     * How each of the client's points was treated last (signed sessions only), for a new session to start from; only
     * for those who may see the client. {@code view} builds the answer inside this transaction.
     */
    public <T> T lastTreatments(@NotNull UUID clientId, @NotNull Function<List<LastTreatment>, T> view) {
        onlyReading();
        ChartQueries queries = new ChartQueries(em);
        queries.clientAndPractice(clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        T answer = view.apply(queries.lastTreatments(clientId));
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
