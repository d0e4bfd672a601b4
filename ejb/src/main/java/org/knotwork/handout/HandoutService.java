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
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;

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

    public HandoutPdf handout(@NotNull UUID noteId, @NotNull PaperSize paper) {
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
