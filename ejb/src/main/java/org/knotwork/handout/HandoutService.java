package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.charting.NoteService;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.NoteWithPlans;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;

/**
 * Hands out a client's home-care sheet for a session note, in the client's language and print size unless asked for
 * another. A signed note's sheet is issued: built from the snapshot taken at its first issue, recorded with its hash,
 * and audited; it can also be e-mailed to the client. A draft's is a preview, marked as such on every page, built
 * from the current texts, audited but not recorded as issued, and never sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HandoutService {

    static final String RECORD = "HANDOUT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private HandoutMail mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private PracticeSettingsService practice;

    /**
     * The handout of a note. Refused (409) while the practice has no contact phone: every handout's safety box tells
     * the client whom to call with a worry, and a sheet without a number would leave them with none.
     */
    public HandoutPdf handout(@NotNull UUID noteId, @NotNull PaperSize paper) {
        return handout(noteId, paper, null, null);
    }

    /** {@code print} and {@code language} may be null: the client's own choice (or English, standard print). */
    public HandoutPdf handout(
            @NotNull UUID noteId, @NotNull PaperSize paper, PrintSize print, HandoutLanguage language) {
        writingOnlyWhatIsNew();
        Optional<HandoutGrounds> grounds = HandoutGrounds.of(em, noteId);
        requirePhone(grounds);
        NoteWithPlans read = NoteService.readForHandout(em, currentUser, noteId);
        TreatmentNote note = read.note();
        boolean signed = note.status() == NoteStatus.SIGNED;
        UUID clientId = note.client().id();
        SheetFormat format = format(grounds.orElseThrow().preferences(), paper, print, language);
        HandoutContent content =
                signed ? sources().issued(read, format.language()) : sources().preview(read, format.language());
        letGoOfWhatWasRead();
        byte[] pdf = HandoutRenderer.render(content, format);
        String sha256 = HexFormat.of().formatHex(HandoutRenderer.sha256(pdf));
        if (signed) {
            // The record and its audit line in one statement, one round trip (issue 14).
            audit.recordWith(
                    issue(noteId, clientId, format, sha256, null).written(),
                    AuditAction.HANDOUT_ISSUED,
                    RECORD,
                    noteId,
                    clientId,
                    describe(format, sha256));
        } else {
            audit.record(
                    AuditAction.HANDOUT_PREVIEWED,
                    RECORD,
                    noteId,
                    clientId,
                    AuditOutcome.SUCCESS,
                    describe(format, sha256));
        }
        return new HandoutPdf(pdf, FileNames.of(content, format), sha256, !signed);
    }

    /**
     * E-mails a signed note's sheet to the address on the client's record, records it as issued by e-mail and
     * audits it. Refused, with nothing recorded, when the note is a draft, the client has no address, e-mail is not
     * set up, or the mail server does not take it.
     */
    public EmailedHandout email(
            @NotNull UUID noteId, @NotNull PaperSize paper, PrintSize print, HandoutLanguage language) {
        writingOnlyWhatIsNew();
        Optional<HandoutGrounds> grounds = HandoutGrounds.of(em, noteId);
        NoteWithPlans read = NoteService.readForHandout(em, currentUser, noteId);
        TreatmentNote note = read.note();
        if (note.status() != NoteStatus.SIGNED) {
            throw new RuleViolationException(
                    "Sign the note first: only a signed note's sheet is sent to a client; a draft's is a preview.");
        }
        String address = note.client().profile().email();
        if (address == null) {
            throw new RuleViolationException(
                    "email",
                    "This client has no e-mail address on their record: add one to their details, or print the sheet.");
        }
        requirePhone(grounds);
        HandoutPost post = mail.post();
        SheetFormat format = format(grounds.orElseThrow().preferences(), paper, print, language);
        UUID clientId = note.client().id();
        HandoutContent content = sources().issued(read, format.language());
        letGoOfWhatWasRead();
        byte[] pdf = HandoutRenderer.render(content, format);
        String sha256 = HexFormat.of().formatHex(HandoutRenderer.sha256(pdf));
        IssuedHandout issued = issue(noteId, clientId, format, sha256, address);
        // Sent last, once the record (and a first issue's snapshot, HandoutSources#issued) is written with its line:
        // if writing fails nothing went out; if sending fails the record is rolled back.
        audit.recordWith(
                issued.written(),
                AuditAction.HANDOUT_EMAILED,
                RECORD,
                noteId,
                clientId,
                "to " + address + ", " + describe(format, sha256));
        post.send(HandoutLetters.letter(content, format, address, pdf, FileNames.of(content, format)));
        return new EmailedHandout(address, sha256, issued.issuedAt(), FileNames.of(content, format));
    }

    /** What the sheet is written from, read in this transaction and persistence context. */
    private HandoutSources sources() {
        return new HandoutSources(em, clock, practice);
    }

    /**
     * A handout changes nothing it reads; it only adds rows (the issue record, a first issue's snapshot), and each
     * runs in a transaction of its own (the class's {@code REQUIRES_NEW}), so this session is the handout's alone and
     * no caller's entity can be made read-only by it. Hibernate then keeps no snapshots of what it loads, does not
     * check it for changes before each query, and writes a first issue's snapshot when told (the issue record is written
     * with its audit line, {@link IssuedHandout#written}). The checks before each of the sheet's queries, over the note, its
     * episodes, points and muscles, were about a quarter of Hibernate's time in an issue (docs/performance.md,
     * 2026-11-30).
     */
    private void writingOnlyWhatIsNew() {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.COMMIT);
    }

    /**
     * Once the sheet's content is made (a record of plain values), nothing the handout read is needed again, so the
     * session lets go of it: the commit's flush then visits nothing, where it walked the note, its
     * episodes, points and muscles, the client, the snapshot and the kept texts, cascading over them although none can
     * change (Hibernate cascades over read-only entities too; 6–8 % of Micro's CPU in an issue, docs/performance.md,
     * 2026-11-30). What a first issue keeps is written before this ({@code HandoutSources#issued}).
     */
    private void letGoOfWhatWasRead() {
        em.clear();
    }

    /** The practice's settings come with the note's grounds; only for a note that does not exist are they asked. */
    private void requirePhone(Optional<HandoutGrounds> grounds) {
        PracticeSettings settings = grounds.map(HandoutGrounds::settings).orElseGet(practice::current);
        if (settings.contactPhone() == null) {
            throw new ConflictException("Handouts cannot be issued yet: the practice has no contact phone, and every"
                    + " handout tells the client which number to call with a worry. An owner or administrator adds it"
                    + " under Settings, Handout letterhead.");
        }
    }

    private static SheetFormat format(
            HandoutPreferences preferences, PaperSize paper, PrintSize print, HandoutLanguage language) {
        return new SheetFormat(
                paper,
                print == null ? preferences.printSize() : print,
                language == null ? preferences.language() : language);
    }

    private IssuedHandout issue(UUID noteId, UUID clientId, SheetFormat format, String sha256, String sentTo) {
        Instant now = clock.instant();
        return new IssuedHandout(noteId, clientId, now, currentUser.id(), format, sha256, sentTo);
    }

    private static String describe(SheetFormat format, String sha256) {
        return "paper " + format.paper() + ", print " + format.print() + ", language "
                + format.language().code() + ", sha256 " + sha256;
    }
}
