package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.knotwork.platform.OptimisticLocking;

/** Reads and changes the practice's one set of settings; the rules live on {@link PracticeSettings}. */
@Stateless
public class PracticeSettingsService {

    static final String RECORD = "PRACTICE_SETTINGS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public PracticeSettings current() {
        return current(em);
    }

    /** The same, in the caller's persistence context, as {@code ClientService.find(EntityManager, UUID)} explains. */
    public static PracticeSettings current(EntityManager em) {
        // The migration inserts the row; the schema allows no other and no deleting it is offered.
        return em.find(PracticeSettings.class, PracticeSettings.THE_PRACTICE);
    }

    /**
     * Saves new settings, provided nobody saved them since the caller read {@code expectedVersion}. Audited with what
     * changed, old → new: the discomfort limit decides which compressions are flagged as painful.
     */
    public PracticeSettings change(
            long expectedVersion,
            boolean ownClientsOnly,
            int compressionDiscomfortThreshold,
            PressureUnit pressureUnit) {
        PracticeSettings settings = current();
        OptimisticLocking.requireVersion("The practice settings", expectedVersion, settings.version());
        String changed = settings.change(ownClientsOnly, compressionDiscomfortThreshold, pressureUnit);
        OptimisticLocking.flush(em, "The practice settings");
        audit.record(
                AuditAction.UPDATE, RECORD, (int) PracticeSettings.THE_PRACTICE, null, AuditOutcome.SUCCESS, changed);
        return settings;
    }

    /** Sets the handouts' letterhead, provided nobody saved the settings since {@code expectedVersion}. */
    public PracticeSettings changeLetterhead(long expectedVersion, String name, String contact, String phone) {
        PracticeSettings settings = current();
        OptimisticLocking.requireVersion("The practice settings", expectedVersion, settings.version());
        settings.changeLetterhead(name, contact, phone);
        OptimisticLocking.flush(em, "The practice settings");
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                (int) PracticeSettings.THE_PRACTICE,
                null,
                AuditOutcome.SUCCESS,
                "letterhead");
        return settings;
    }

    public Optional<PracticeLogo> logo() {
        return Optional.ofNullable(em.find(PracticeLogo.class, PracticeSettings.THE_PRACTICE));
    }

    /** Puts a new logo on the handouts' letterhead, replacing any other. */
    public void replaceLogo(byte[] image, String mediaType) {
        Optional<PracticeLogo> current = logo();
        if (current.isPresent()) {
            current.get().replace(image, mediaType);
        } else {
            em.persist(new PracticeLogo(image, mediaType));
        }
    }

    public void removeLogo() {
        logo().ifPresent(em::remove);
    }
}
