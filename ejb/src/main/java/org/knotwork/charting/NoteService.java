package org.knotwork.charting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.bodymap.ContraindicationSites;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;

/**
 * Records sessions: drafts saved, signed, amended; read with the practice's access rules ({@link NoteAccess}). Each
 * method hands the note to the caller's {@code view} inside its transaction, so what is shown is built while the note
 * is loaded. A change locks the note's row first, so of two saves at once the second waits and then gets a 409.
 */
@Stateless
public class NoteService {

    static final String RECORD = "NOTE";

    private static final DateTimeFormatter SESSION_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /**
     * Opens a draft for a session with the client, with what the therapist has recorded so far. While the caller has
     * a draft of this client open ({@link #openDraft}) a second one is refused (409 naming it), unless the caller says
     * it is another session ({@code besideOpenDraft}): two tabs, or a call that did not ask first, must not leave a
     * second draft beside the first unseen. The client's row is locked first, so of two opens at once the second waits
     * and then sees the first one's draft; a caller who means another session checks nothing, and so takes no lock
     * (saves beside each other on one client do not queue).
     */
    public <V> V open(
            @NotNull UUID clientId,
            @NotNull NoteInput input,
            boolean besideOpenDraft,
            @NotNull Function<TreatmentNote, V> view) {
        if (!besideOpenDraft) {
            OptimisticLocking.lockRow(em, Client.class, clientId);
        }
        Client client = ClientService.find(em, clientId);
        new NoteAccess(em, currentUser).requireMayChartFor(client.id());
        if (!besideOpenDraft) {
            new ChartQueries(em).openDraft(client.id(), currentUser.id()).ifPresent(draft -> {
                throw new ConflictException(
                        "You already have a draft of a session with this client, from "
                                + SESSION_TIME.withZone(clock.getZone()).format(draft.sessionAt()) + " (note "
                                + draft.id() + "). Continue that draft; to start another session beside it, send"
                                + " besideOpenDraft: true.",
                        "besideOpenDraft",
                        List.of(draft.id()));
            });
        }
        TreatmentNote note = TreatmentNote.open(client, currentUser.id(), input.sessionAt(), clock.instant());
        note.record(currentUser.id(), InputAsSession.of(em, client, input), policy(client), clock.instant());
        note.requireReasonsForItsDeviations(input.reasons(), Map.of());
        em.persist(note);
        audit.record(AuditAction.CREATE, RECORD, note.id(), clientId, AuditOutcome.SUCCESS, null);
        return view.apply(note);
    }

    /**
     * The caller's own draft of a session with this client that is still open (the latest saved, if several): a new
     * session offers it first, so that a second draft is never started beside it unseen.
     */
    public <V> Optional<V> openDraft(@NotNull UUID clientId, @NotNull Function<TreatmentNote, V> view) {
        Client client = ClientService.find(em, clientId);
        new NoteAccess(em, currentUser).requireMayChartFor(client.id());
        return new ChartQueries(em).openDraft(client.id(), currentUser.id()).map(view);
    }

    /**
     * Saves the draft as {@code edit} makes it from the session as it stands (a save that leaves fields out keeps
     * them), provided nobody saved it since {@code expectedVersion}. A save that changes nothing keeps the version and
     * writes no line ({@link DraftSave}); a change writes one line naming the parts that changed, not their words.
     */
    public <V> V save(
            @NotNull UUID noteId,
            long expectedVersion,
            @NotNull UnaryOperator<NoteInput> edit,
            @NotNull Function<TreatmentNote, V> view) {
        TreatmentNote note = forChange(noteId, expectedVersion);
        NoteInput held = SessionAsInput.of(note);
        NoteInput input = edit.apply(held);
        String changed = DraftSave.save(
                note,
                currentUser.id(),
                InputAsSession.of(em, note.client(), input),
                policy(note.client()),
                clock.instant(),
                input.reasons(),
                held.reasons());
        if (OptimisticLocking.flushChanged(em, "This note", expectedVersion, note::version)) {
            audit.record(AuditAction.UPDATE, RECORD, note.id(), note.client().id(), AuditOutcome.SUCCESS, changed);
        }
        return view.apply(note);
    }

    /**
     * The deviations the session would show if it were saved now, for the screen while the therapist types. Nothing
     * is stored and nothing is audited: it is a computation over what the caller sent and the client's
     * contraindications, which the session page already shows; only for a therapist who may chart the client.
     */
    public NotePreview preview(@NotNull UUID clientId, @NotNull NoteInput input) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Client client = ClientService.find(em, clientId);
        new NoteAccess(em, currentUser).requireMayChartFor(client.id());
        Instant now = clock.instant();
        SessionRecord recorded = InputAsSession.of(em, client, input);
        TreatmentNote unsaved = TreatmentNote.open(client, currentUser.id(), input.sessionAt(), now);
        unsaved.record(currentUser.id(), recorded, policy(client), now);
        return NotePreview.of(unsaved, recorded);
    }

    /**
     * Throws away a draft its author no longer wants (a session abandoned or opened twice); signed notes stay. Only
     * the version the caller read: a draft saved since is not thrown away (409).
     */
    public void discard(@NotNull UUID noteId, long expectedVersion) {
        OptimisticLocking.lockRow(em, TreatmentNote.class, noteId);
        TreatmentNote note = load(noteId);
        new NoteAccess(em, currentUser).requireMayRead(note);
        note.requireDiscardableBy(currentUser.id());
        // Discarding a version the caller has not seen would throw away a colleague's or another tab's save.
        OptimisticLocking.requireVersion("This note", expectedVersion, note.version());
        requireNoAnswersRecordedAt(noteId);
        UUID clientId = note.client().id();
        em.remove(note);
        OptimisticLocking.flush(em, "This note");
        audit.record(AuditAction.DRAFT_DISCARDED, RECORD, noteId, clientId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Questionnaire answers recorded at a session are kept as answered, with the session they were given at (even
     * when withdrawn), so that session's draft cannot go. The answers live a floor above charting (proms), so their
     * table is asked by name.
     */
    private void requireNoAnswersRecordedAt(UUID noteId) {
        Number answers =
                (Number) em.createNativeQuery("select count(*) from questionnaire_responses where note_id = :note")
                        .setParameter("note", noteId)
                        .getSingleResult();
        if (answers.longValue() > 0) {
            throw new ConflictException("This draft cannot be discarded: the client's questionnaire answers were"
                    + " recorded at this session, and answers are kept as given, with their session. Keep the draft"
                    + " (sign it when the session is complete), or withdraw an answer recorded in error.");
        }
    }

    /** Whether a signed note treated this point: its muscle is then part of a permanent record. */
    public boolean treatedInASignedNote(@NotNull UUID pointId) {
        return new ChartQueries(em).treatedInASignedNote(pointId);
    }

    public <V> V sign(@NotNull UUID noteId, long expectedVersion, @NotNull Function<TreatmentNote, V> view) {
        TreatmentNote note = forChange(noteId, expectedVersion);
        note.sign(currentUser.id(), clock.instant());
        flush();
        audit.record(AuditAction.SIGN, RECORD, note.id(), note.client().id(), AuditOutcome.SUCCESS, null);
        return view.apply(note);
    }

    /** Appends an amendment; the view is of the note with it. Its audit line says which one it is (number and id). */
    public <V> V amend(@NotNull UUID noteId, String reason, String text, @NotNull Function<TreatmentNote, V> view) {
        OptimisticLocking.lockRow(em, TreatmentNote.class, noteId);
        TreatmentNote note = load(noteId);
        new NoteAccess(em, currentUser).requireMayRead(note);
        Amendment amendment = note.amend(currentUser.id(), clock.instant(), reason, text);
        em.persist(amendment);
        // Which amendment it is, not its words: the reason and the text are free text about the client's health.
        String which = "amendment " + note.amendments().size() + ", " + amendment.id();
        audit.record(AuditAction.AMEND, RECORD, note.id(), note.client().id(), AuditOutcome.SUCCESS, which);
        return view.apply(note);
    }

    public <V> V read(@NotNull UUID noteId, @NotNull Function<TreatmentNote, V> view) {
        TreatmentNote note = load(noteId);
        new NoteAccess(em, currentUser).requireMayRead(note);
        V shown = view.apply(note);
        audit.record(AuditAction.READ, RECORD, note.id(), note.client().id(), AuditOutcome.SUCCESS, null);
        return shown;
    }

    /**
     * The note for a home-care handout, with the same access rules as {@link #read}, for the handout service in its
     * transaction and persistence context, without a call through the container: every sheet reads it, and that call's
     * interceptors cost as much as the read. The handout records its own audit line (issued or previewed), which
     * covers this read. Loads only what a handout shows: the episodes with their points and muscles, and the treated
     * points' home plans, in one query.
     */
    public static NoteWithPlans readForHandout(EntityManager em, CurrentUser user, UUID noteId) {
        NoteWithPlans read = new ChartQueries(em).noteWithPlans(noteId);
        if (read == null) {
            throw new RecordNotFoundException("There is no note with id " + noteId + ".");
        }
        new NoteAccess(em, user).requireMayRead(read.note());
        return read;
    }

    /** The client a note is about, for naming them in a refusal; empty for an unknown note. */
    public Optional<UUID> clientOf(@NotNull UUID noteId) {
        return em.createQuery("select n.client.id from TreatmentNote n where n.id = :id", UUID.class)
                .setParameter("id", noteId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The note, its row locked, once the caller is known to be allowed to chart it: a refusal must not tell someone
     * who may not see the note which version it is at.
     */
    private TreatmentNote forChange(UUID noteId, long expectedVersion) {
        OptimisticLocking.lockRow(em, TreatmentNote.class, noteId);
        TreatmentNote note = load(noteId);
        new NoteAccess(em, currentUser).requireMayChart(note);
        OptimisticLocking.requireVersion("This note", expectedVersion, note.version());
        return note;
    }

    private TreatmentNote load(UUID noteId) {
        TreatmentNote note = new ChartQueries(em).note(noteId);
        if (note == null) {
            throw new RecordNotFoundException("There is no note with id " + noteId + ".");
        }
        return note;
    }

    private ProtocolPolicy policy(Client client) {
        PracticeSettings settings = PracticeSettingsService.current(em);
        return ProtocolPolicy.of(
                settings.compressionDiscomfortThreshold(),
                client,
                ContraindicationSites.of(em, client.id()),
                clock.getZone());
    }

    private void flush() {
        OptimisticLocking.flush(em, "This note");
    }
}
