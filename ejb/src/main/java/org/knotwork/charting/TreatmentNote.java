package org.knotwork.charting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Client;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.RuleViolationException;

/**
 * The note of one session. Its author edits it as a draft; signing makes it permanent. A signed note is never
 * changed or deleted by anyone: corrections are amendments by its author, appended with date and reason.
 */
@Entity
@Table(name = "treatment_notes")
public class TreatmentNote {

    @Id
    private UUID id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "therapist_id")
    private UUID therapistId;

    @Column(name = "session_at")
    private Instant sessionAt;

    @Enumerated(EnumType.STRING)
    private NoteStatus status;

    @Column(name = "signed_at")
    private Instant signedAt;

    private String complaint;

    /** Where the main complaint sits, so owners can compare outcomes by complaint; optional. */
    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_region")
    private Region complaintRegion;

    @Column(name = "pain_before")
    private Integer painBefore;

    private String assessment;

    private String plan;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "home_care_note")
    private String homeCareNote;

    @Column(name = "next_appointment")
    private Instant nextAppointment;

    /** Why no point was treated, when none was; a note without a point is signed only with it. */
    @Column(name = "no_points_reason")
    private String noPointsReason;

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Episode> episodes = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PointMeasurement> measurements = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("episodeSeq")
    private List<Deviation> deviations = new ArrayList<>();

    @OneToMany(mappedBy = "note")
    @OrderBy("amendedAt")
    private List<Amendment> amendments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "note_clearances", joinColumns = @JoinColumn(name = "note_id"))
    private List<MedicalClearance> clearances = new ArrayList<>();

    protected TreatmentNote() {}

    /** An unsaved copy of a draft's author, client, session time and status, to try a save on ({@link DraftSave}). */
    TreatmentNote(TreatmentNote draft) {
        client = draft.client;
        therapistId = draft.therapistId;
        sessionAt = draft.sessionAt;
        status = draft.status;
    }

    /** Opens a draft note for a session with a client. */
    public static TreatmentNote open(Client client, UUID therapistId, Instant sessionAt, Instant now) {
        if (client.isArchived()) {
            throw new RuleViolationException("This client is archived; restore them before charting a session.");
        }
        TreatmentNote note = new TreatmentNote();
        note.id = UUID.randomUUID();
        note.client = client;
        note.therapistId = therapistId;
        note.sessionAt = NoteFields.sessionTime(sessionAt, now, client.earliestEncounter());
        note.status = NoteStatus.DRAFT;
        note.updatedAt = now;
        return note;
    }

    /**
     * Saves the whole session as its author recorded it and finds the protocol deviations it shows, by the policy as
     * it stood at the session's time. Deviations are recorded with the note; they never stop it being saved.
     */
    public void record(UUID editor, SessionRecord session, ProtocolPolicy practice, Instant now) {
        requireDraft();
        requireAuthor(editor, "Only the note's author can edit a draft.");
        sessionAt = session.sessionAt() == null
                ? sessionAt
                : NoteFields.sessionTime(session.sessionAt(), now, client.earliestEncounter());
        complaint = NoteFields.text("complaint", "Complaint", session.complaint(), 2000);
        complaintRegion = session.complaintRegion();
        painBefore = NoteFields.painScore("painBefore", session.painBefore());
        assessment = NoteFields.text("assessment", "Assessment", session.assessment(), 4000);
        plan = NoteFields.text("plan", "Plan", session.plan(), 4000);
        painAfter = NoteFields.painScore("painAfter", session.painAfter());
        homeCareNote = NoteFields.text(
                "homeCare.note", "Home-care note", session.homeCare().note(), 1000);
        nextAppointment = NoteFields.nextAppointment(session.homeCare().nextAppointment(), sessionAt);
        noPointsReason =
                NoteFields.text("noPointsReason", "The reason for treating no point", session.noPointsReason(), 1000);

        ProtocolPolicy policy = practice.at(sessionAt);
        List<MedicalClearance> cleared = MedicalClearances.checked(session.clearances(), policy, sessionAt);

        episodes.clear();
        measurements.clear();
        deviations.clear();
        SessionPoints.take(this, client, session.points(), policy, measurements, episodes);
        clearances.clear();
        clearances.addAll(cleared);
        ProtocolReview.of(session.points(), policy)
                .forEach(found -> deviations.add(Deviation.found(this, found, session)));
        updatedAt = now;
    }

    /**
     * Signs the note: from now on it can only gain amendments. It must be complete first (the pain the client came in
     * with; a treated point, or the reason none was), and every deviation needs its reason. The treated points take on
     * the status the session left them in.
     */
    public void sign(UUID signer, Instant now) {
        requireDraft();
        requireAuthor(signer, "Only the note's author can sign it.");
        ReadyToSign.require(painBefore, measurements, episodes, noPointsReason, deviations, clearances);
        status = NoteStatus.SIGNED;
        signedAt = now;
        updatedAt = now;
        measurements.stream()
                .filter(m -> m.statusAfter() != null)
                .forEach(m -> m.triggerPoint().changeStatus(m.statusAfter(), signer, now));
    }

    /** Refuses reasons for deviations this session does not show ({@link StrayReasons}). */
    public void requireReasonsForItsDeviations(Map<String, String> given, Map<String, String> held) {
        StrayReasons.refuse(deviations, given, held);
    }

    /** Appends a dated correction to a signed note. The caller stores the amendment; the note is unchanged. */
    public Amendment amend(UUID author, Instant now, String reason, String text) {
        if (status != NoteStatus.SIGNED) {
            throw new ConflictException("A draft is corrected by editing it; amendments are for signed notes.");
        }
        requireAuthor(author, "Only the note's author can amend it.");
        Amendment amendment = Amendment.after(amendments, this, author, now, reason, text);
        amendments.add(amendment);
        return amendment;
    }

    /** Only the author discards a draft; a signed note is never deleted (corrections are amendments). */
    public void requireDiscardableBy(UUID user) {
        if (status == NoteStatus.SIGNED) {
            throw new ConflictException("A signed note is never deleted; add an amendment to correct it.");
        }
        requireAuthor(user, "Only the note's author can discard a draft.");
    }

    private void requireDraft() {
        if (status == NoteStatus.SIGNED) {
            throw new ConflictException("This note is signed and can no longer change; add an amendment.");
        }
    }

    private void requireAuthor(UUID user, String message) {
        if (!therapistId.equals(user)) {
            throw new ForbiddenException(message);
        }
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Client client() {
        return client;
    }

    public UUID therapistId() {
        return therapistId;
    }

    public Instant sessionAt() {
        return sessionAt;
    }

    public NoteStatus status() {
        return status;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String complaint() {
        return complaint;
    }

    public Region complaintRegion() {
        return complaintRegion;
    }

    public Integer painBefore() {
        return painBefore;
    }

    public String assessment() {
        return assessment;
    }

    public String plan() {
        return plan;
    }

    public Integer painAfter() {
        return painAfter;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String noPointsReason() {
        return noPointsReason;
    }

    /** The therapist's personal advice and the next appointment, for the client's handout. */
    public HomeCare homeCare() {
        return new HomeCare(homeCareNote, nextAppointment);
    }

    public List<Episode> episodes() {
        return List.copyOf(episodes);
    }

    public List<PointMeasurement> measurements() {
        return List.copyOf(measurements);
    }

    public List<Deviation> deviations() {
        return List.copyOf(deviations);
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    /** The medical clearances recorded with the session. */
    public List<MedicalClearance> clearances() {
        return List.copyOf(clearances);
    }
}
