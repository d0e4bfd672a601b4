package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.UUID;
import org.knotwork.client.ClientService;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;

/** A client's language and print size for their home-care sheet: read with their record, chosen by a clinician. */
@Stateless
public class HandoutPreferencesService {

    static final String RECORD = "CLIENT_HANDOUT_PREFERENCES";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The client's choice, or English in standard print (version -1) when they have not chosen. */
    public HandoutPreferences read(@NotNull UUID clientId) {
        ClientService.find(em, clientId);
        return find(clientId);
    }

    HandoutPreferences find(UUID clientId) {
        HandoutPreferences stored = em.find(HandoutPreferences.class, clientId);
        return stored == null ? HandoutPreferences.usual(clientId) : stored;
    }

    /** Sets the client's choice, unless someone changed it since the caller read {@code expectedVersion}. */
    public HandoutPreferences choose(
            @NotNull UUID clientId, long expectedVersion, @NotNull HandoutLanguage language, @NotNull PrintSize print) {
        ClientService.find(em, clientId);
        HandoutPreferences preferences = em.find(HandoutPreferences.class, clientId);
        String what = "This client's handout preferences";
        if (preferences == null) {
            OptimisticLocking.requireVersion(what, expectedVersion, -1);
            preferences = HandoutPreferences.chosen(clientId, language, print, currentUser.id(), clock.instant());
            em.persist(preferences);
        } else {
            OptimisticLocking.requireVersion(what, expectedVersion, preferences.version());
            preferences.choose(language, print, currentUser.id(), clock.instant());
        }
        OptimisticLocking.flush(em, what);
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                clientId,
                clientId,
                AuditOutcome.SUCCESS,
                "language " + language.code() + ", print " + print);
        return preferences;
    }
}
