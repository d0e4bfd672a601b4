package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.knotwork.charting.NoteService;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.platform.ConflictException;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.PracticeSettingsService;

/**
 * Hands out a client's home-care sheet for a session note. A signed note's handout is issued: built from the snapshot
 * taken at its first issue, recorded with its hash, and audited. A draft's is a preview, marked as such on every page,
 * built from the current texts, audited but not recorded as issued.
 */
@Stateless
public class HandoutService {

    static final String RECORD = "HANDOUT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NoteService notes;

    @Inject
    private HandoutSources sources;

    @Inject
    private AuditTrail audit;

    @Inject
    private PracticeSettingsService practice;

    /**
     * The handout of a note. Refused (409) while the practice has no contact phone: every handout's safety box tells
     * the client whom to call with a worry, and a sheet without a number would leave them with none.
     */
    public HandoutPdf handout(@NotNull UUID noteId, @NotNull PaperSize paper) {
        if (practice.current().contactPhone() == null) {
            throw new ConflictException("Handouts cannot be issued yet: the practice has no contact phone, and every"
                    + " handout tells the client which number to call with a worry. An owner or administrator adds it"
                    + " under Settings, Handout letterhead.");
        }
        TreatmentNote note = notes.readForHandout(noteId);
        UUID clientId = note.client().id();
        boolean signed = note.status() == NoteStatus.SIGNED;
        HandoutContent content = signed ? sources.issued(note) : sources.preview(note);
        byte[] pdf = HandoutRenderer.render(content, paper);
        String sha256 = HexFormat.of().formatHex(HandoutRenderer.sha256(pdf));
        Instant now = clock.instant();
        if (signed) {
            em.persist(new IssuedHandout(noteId, clientId, now, currentUser.id(), paper, sha256));
        }
        audit.record(
                signed ? AuditAction.HANDOUT_ISSUED : AuditAction.HANDOUT_PREVIEWED,
                RECORD,
                noteId,
                clientId,
                AuditOutcome.SUCCESS,
                "paper " + paper + ", sha256 " + sha256);
        return new HandoutPdf(pdf, FileNames.of(content, paper), sha256, !signed);
    }
}
