package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.knotwork.platform.OptimisticLocking;

/** Reads and changes the practice's one set of settings; the rules live on {@link PracticeSettings}. */
@Stateless
public class PracticeSettingsService {

    @PersistenceContext
    private EntityManager em;

    public PracticeSettings current() {
        // The migration inserts the row; the schema allows no other and no deleting it is offered.
        return em.find(PracticeSettings.class, PracticeSettings.THE_PRACTICE);
    }

    /** Saves new settings, provided nobody saved them since the caller read {@code expectedVersion}. */
    public PracticeSettings change(
            long expectedVersion,
            boolean ownClientsOnly,
            int compressionDiscomfortThreshold,
            PressureUnit pressureUnit) {
        PracticeSettings settings = current();
        OptimisticLocking.requireVersion("The practice settings", expectedVersion, settings.version());
        settings.change(ownClientsOnly, compressionDiscomfortThreshold, pressureUnit);
        OptimisticLocking.flush(em, "The practice settings");
        return settings;
    }
}
