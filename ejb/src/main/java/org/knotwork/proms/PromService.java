package org.knotwork.proms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.charting.NotesVisibility;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.TransactionLocks;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/** Records clients' questionnaire answers, shows their trend, and loads the licensed questionnaires a practice holds. */
@Stateless
public class PromService {

    static final String RECORD = "QUESTIONNAIRE_RESPONSE";

    /** The lock under which questionnaires are loaded ({@link TransactionLocks}); loads are rare, so one for all. */
    private static final long LOADING_LOCK = 0x6b6e6f74_0004L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The shipped measures, then those the practice loaded, by code. */
    public List<Measure> measures() {
        return measures(em);
    }

    /** The same, in the caller's persistence context. */
    public static List<Measure> measures(EntityManager em) {
        List<Measure> all = new ArrayList<>(MeasureCatalogue.builtIn());
        em.createQuery("select q from QuestionnaireDefinition q order by q.code", QuestionnaireDefinition.class)
                .getResultList()
                .forEach(q -> all.add(q.measure()));
        return all;
    }

    public Measure measure(@NotNull String code) {
        return MeasureCatalogue.builtIn(code).orElseGet(() -> {
            QuestionnaireDefinition loaded = em.find(QuestionnaireDefinition.class, code);
            if (loaded == null) {
                throw new RuleViolationException(
                        "measure", "There is no questionnaire " + code + " (see GET /api/questionnaires).");
            }
            return loaded.measure();
        });
    }

    public <V> V definition(@NotNull String code, @NotNull Function<QuestionnaireDefinition, V> view) {
        QuestionnaireDefinition loaded = em.find(QuestionnaireDefinition.class, code);
        if (loaded == null) {
            throw new RecordNotFoundException("The practice has loaded no questionnaire " + code + ".");
        }
        return view.apply(loaded);
    }

    /**
     * A practice owner loads a licensed questionnaire; the same code or url twice is refused (409), also when two
     * loads come at once: the second waits for the first's transaction, then finds its code or url loaded.
     */
    public <V> V load(String json, String licence, @NotNull Function<QuestionnaireDefinition, V> view) {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException(
                    "Only the practice owner loads questionnaires: the licence is the practice's.");
        }
        QuestionnaireDefinition definition =
                QuestionnaireDefinition.load(json, licence, currentUser.id(), clock.instant());
        TransactionLocks.take(em, LOADING_LOCK);
        if (MeasureCatalogue.builtIn(definition.code()).isPresent()
                || em.find(QuestionnaireDefinition.class, definition.code()) != null
                || !em.createQuery("select q from QuestionnaireDefinition q where q.url = :url")
                        .setParameter("url", definition.url())
                        .getResultList()
                        .isEmpty()) {
            throw new ConflictException(
                    "A questionnaire " + definition.code() + " (or with its url) is loaded already.");
        }
        em.persist(definition);
        audit.record(
                AuditAction.QUESTIONNAIRE_LOADED,
                "QUESTIONNAIRE",
                definition.code(),
                null,
                AuditOutcome.SUCCESS,
                definition.url() + "; licence: " + definition.licence());
        return view.apply(definition);
    }

    /**
     * Records a client's answers: at intake without a note, or at a session with the note of that session, which
     * only its author records answers for.
     */
    public <V> V record(
            @NotNull UUID clientId,
            @NotNull String measureCode,
            UUID noteId,
            Instant answeredAt,
            List<Answer> answers,
            @NotNull Function<PromResponse, V> view) {
        if (!currentUser.hasRole(Role.THERAPIST)) {
            throw new ForbiddenException("Therapists record questionnaire answers.");
        }
        Client client = ClientService.find(em, clientId);
        if (client.isArchived()) {
            throw new RuleViolationException("This client is archived; restore them before recording answers.");
        }
        NotesVisibility.requireMaySee(em, currentUser, clientId);
        if (noteId != null) {
            TreatmentNote note = em.find(TreatmentNote.class, noteId);
            if (note == null || !note.client().id().equals(clientId)) {
                throw new RuleViolationException("noteId", "The session must be one of this client's notes.");
            }
            if (!note.therapistId().equals(currentUser.id())) {
                throw new ForbiddenException("Answers at a session are recorded by the therapist who saw the client.");
            }
        }
        PromResponse response = PromResponse.record(
                measure(measureCode),
                clientId,
                noteId,
                answeredAt,
                client.earliestEncounter(),
                answers,
                currentUser.id(),
                clock.instant());
        em.persist(response);
        audit.record(
                AuditAction.CREATE,
                RECORD,
                response.id(),
                clientId,
                AuditOutcome.SUCCESS,
                response.measure() + ", " + response.occasion());
        return view.apply(response);
    }

    /**
     * Withdraws answers recorded in error, by someone who may see the client; two at once: the second waits. The
     * answers must be the client's the caller named: another client's are not found here.
     */
    public <V> V withdraw(
            @NotNull UUID clientId, @NotNull UUID responseId, String reason, @NotNull Function<PromResponse, V> view) {
        OptimisticLocking.lockRow(em, PromResponse.class, responseId);
        PromResponse response = em.find(PromResponse.class, responseId);
        if (response == null || !response.clientId().equals(clientId)) {
            throw new RecordNotFoundException("This client has no recorded answers with id " + responseId + ".");
        }
        if (!currentUser.hasRole(Role.THERAPIST)) {
            throw new ForbiddenException(
                    "Therapists withdraw questionnaire answers.", RECORD, responseId, response.clientId());
        }
        NotesVisibility.requireMaySee(em, currentUser, response.clientId());
        response.withdraw(currentUser.id(), reason, clock.instant());
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, responseId, response.clientId(), AuditOutcome.SUCCESS, "withdrawn");
        return view.apply(response);
    }

    /** The client's answers by measure with the important change marked; only to those who may see the notes. */
    public PromTrend trend(@NotNull UUID clientId) {
        ClientService.find(em, clientId);
        boolean visible = NotesVisibility.maySee(em, currentUser, clientId);
        List<PromTrend.MeasureTrend> trends = new ArrayList<>();
        if (visible) {
            Map<String, List<PromResponse>> byMeasure = em
                    .createQuery(
                            "select r from PromResponse r where r.clientId = :client order by r.answeredAt, r.recordedAt",
                            PromResponse.class)
                    .setParameter("client", clientId)
                    .getResultList()
                    .stream()
                    .collect(Collectors.groupingBy(PromResponse::measure));
            for (Measure measure : measures()) {
                List<PromResponse> responses = byMeasure.get(measure.code());
                if (responses != null) {
                    trends.add(PromTrend.of(measure, responses));
                }
            }
        }
        audit.record(AuditAction.READ, "QUESTIONNAIRE_RESPONSES", clientId, clientId, AuditOutcome.SUCCESS, null);
        return new PromTrend(clientId, !visible, trends);
    }
}
