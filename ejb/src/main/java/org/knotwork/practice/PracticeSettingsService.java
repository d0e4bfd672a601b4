package org.knotwork.practice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.PrintableText;

/**
 * Reads and changes the practice's one set of settings; the rules live on {@link PracticeSettings}. Every change is
 * on the audit trail with what it was before: who turned a privacy setting off, or moved the discomfort threshold
 * that decides which compressions are flagged, is part of accountability.
 */
@Stateless
public class PracticeSettingsService {

    static final String RECORD = "PRACTICE_SETTINGS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PrintableText printable;

    public <V> V current(@NotNull Function<PracticeSettings, V> view) {
        return view.apply(current(em));
    }

    /** The settings, for another service in its transaction (the web layer asks with a view instead). */
    public PracticeSettings current() {
        return current(em);
    }

    /** The logo, for another service in its transaction (the handout's letterhead). */
    public Optional<PracticeLogo> logo() {
        return Optional.ofNullable(em.find(PracticeLogo.class, PracticeSettings.THE_PRACTICE));
    }

    /** The unit pressures are entered and shown in. */
    public PressureUnit pressureUnit() {
        return current(em).pressureUnit();
    }

    /** The settings in the caller's persistence context, for services on a hot read path (the chart). */
    public static PracticeSettings current(EntityManager em) {
        // The migration inserts the row; the schema allows no other and no deleting it is offered.
        return em.find(PracticeSettings.class, PracticeSettings.THE_PRACTICE);
    }

    /**
     * Saves the rules as {@code edit} makes them from the current ones, provided nobody saved the settings since the
     * caller read {@code expectedVersion}. Audited with what changed, old → new: the discomfort limit decides which
     * compressions are flagged as painful.
     */
    public <V> V change(
            long expectedVersion,
            @NotNull UnaryOperator<PracticeRules> edit,
            @NotNull Function<PracticeSettings, V> view) {
        PracticeSettings settings = forChange(expectedVersion);
        String changed = settings.change(edit.apply(settings.rules()));
        if (OptimisticLocking.flushChanged(em, "The practice settings", expectedVersion, settings::version)) {
            audit.record(
                    AuditAction.UPDATE, RECORD, PracticeSettings.THE_PRACTICE, null, AuditOutcome.SUCCESS, changed);
        }
        return view.apply(settings);
    }

    /** Sets the handouts' letterhead as {@code edit} makes it, provided nobody saved the settings since. */
    public <V> V changeLetterhead(
            long expectedVersion,
            @NotNull UnaryOperator<Letterhead> edit,
            @NotNull Function<PracticeSettings, V> view) {
        PracticeSettings settings = forChange(expectedVersion);
        Letterhead before = settings.letterhead();
        Letterhead wanted = edit.apply(before);
        // Every sheet prints the letterhead: a name its fonts cannot print would stop every sheet until corrected.
        printable.require("practiceName", "The practice's name", wanted.practiceName());
        printable.require("practiceContact", "The practice's contact lines", wanted.practiceContact());
        printable.require("contactPhone", "The practice's contact phone", wanted.contactPhone());
        settings.changeLetterhead(wanted.practiceName(), wanted.practiceContact(), wanted.contactPhone());
        if (OptimisticLocking.flushChanged(em, "The practice settings", expectedVersion, settings::version)) {
            audit.record(
                    AuditAction.UPDATE,
                    "LETTERHEAD",
                    PracticeSettings.THE_PRACTICE,
                    null,
                    AuditOutcome.SUCCESS,
                    before.changesTo(settings.letterhead()));
        }
        return view.apply(settings);
    }

    public <V> Optional<V> logo(@NotNull Function<PracticeLogo, V> view) {
        return Optional.ofNullable(em.find(PracticeLogo.class, PracticeSettings.THE_PRACTICE))
                .map(view);
    }

    /**
     * Puts a new logo on the handouts' letterhead, replacing any other, provided nobody saved the settings since the
     * caller read {@code expectedVersion}. The logo is part of the letterhead: its change gives the settings a new
     * version, so a page that read the old logo is refused (409) instead of silently putting it back. Two uploads at
     * once wait for each other on the settings' row: the first replaces the logo, the second, holding the version both
     * read, is refused (409), never a failed insert (a 500).
     *
     * @return the settings' new version
     */
    public int replaceLogo(long expectedVersion, byte[] image, String mediaType) {
        PracticeSettings settings = forChange(expectedVersion);
        PracticeLogo current = em.find(PracticeLogo.class, PracticeSettings.THE_PRACTICE);
        if (current != null) {
            current.replace(image, mediaType);
        } else {
            em.persist(new PracticeLogo(image, mediaType));
        }
        audit.record(
                AuditAction.UPDATE,
                "PRACTICE_LOGO",
                PracticeSettings.THE_PRACTICE,
                null,
                AuditOutcome.SUCCESS,
                mediaType + ", " + (image == null ? 0 : image.length) + " bytes");
        return newVersion(settings);
    }

    /** Removes the logo, provided nobody saved the settings since; as {@link #replaceLogo}. */
    public int removeLogo(long expectedVersion) {
        PracticeSettings settings = forChange(expectedVersion);
        PracticeLogo current = em.find(PracticeLogo.class, PracticeSettings.THE_PRACTICE);
        if (current != null) {
            em.remove(current);
            audit.record(
                    AuditAction.UPDATE,
                    "PRACTICE_LOGO",
                    PracticeSettings.THE_PRACTICE,
                    null,
                    AuditOutcome.SUCCESS,
                    "removed");
            return newVersion(settings);
        }
        return settings.version();
    }

    /** The logo lives in its own row; the settings' version counts its changes too. */
    private int newVersion(PracticeSettings settings) {
        em.lock(settings, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, "The practice settings");
        return settings.version();
    }

    private PracticeSettings forChange(long expectedVersion) {
        OptimisticLocking.lockRow(em, PracticeSettings.class, PracticeSettings.THE_PRACTICE);
        PracticeSettings settings = current(em);
        OptimisticLocking.requireVersion("The practice settings", expectedVersion, settings.version());
        return settings;
    }
}
