package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.knotwork.platform.StaleVersionException;

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
        if (settings.version() != expectedVersion) {
            throw new StaleVersionException("The practice settings", expectedVersion, settings.version());
        }
        settings.change(ownClientsOnly, compressionDiscomfortThreshold, pressureUnit);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("The practice settings");
        }
        return settings;
    }
}
