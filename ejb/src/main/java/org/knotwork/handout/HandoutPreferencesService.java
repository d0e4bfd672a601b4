package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAccess;
import org.knotwork.client.ClientService;
import org.knotwork.platform.OptimisticLocking;
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

    /**
     * The client's choice, or English in standard print (version -1) when they have not chosen, as {@code view} shows
     * it; for those who may see the client.
     */
    public <V> V read(@NotNull UUID clientId, @NotNull Function<HandoutPreferences, V> view) {
        ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        return view.apply(find(clientId));
    }

    HandoutPreferences find(UUID clientId) {
        HandoutPreferences stored = em.find(HandoutPreferences.class, clientId);
        return stored == null ? HandoutPreferences.usual(clientId) : stored;
    }

    /**
     * Sets the client's choice, unless someone changed it since the caller read {@code expectedVersion}; a choice
     * left out ({@code null}) keeps the current one. A save that changes nothing (nothing sent, or the same choice
     * again) is no event: nothing is stored, the version stays and no line is written. The client's row is locked
     * first, so two first choices at once end in one saved and one refused.
     */
    public <V> V choose(
            @NotNull UUID clientId,
            long expectedVersion,
            HandoutLanguage language,
            PrintSize print,
            @NotNull Function<HandoutPreferences, V> view) {
        OptimisticLocking.lockRow(em, Client.class, clientId);
        ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        HandoutPreferences preferences = em.find(HandoutPreferences.class, clientId);
        HandoutPreferences current = preferences == null ? HandoutPreferences.usual(clientId) : preferences;
        boolean nothingSent = language == null && print == null;
        language = language == null ? current.language() : language;
        print = print == null ? current.printSize() : print;
        String what = "This client's handout preferences";
        OptimisticLocking.requireVersion(what, expectedVersion, current.version());
        if (preferences == null) {
            if (nothingSent) {
                return view.apply(current);
            }
            preferences = HandoutPreferences.chosen(clientId, language, print, currentUser.id(), clock.instant());
            em.persist(preferences);
        } else if (!preferences.choose(language, print, currentUser.id(), clock.instant())) {
            return view.apply(preferences);
        }
        OptimisticLocking.flush(em, what);
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                clientId,
                clientId,
                AuditOutcome.SUCCESS,
                "language " + language.code() + ", print " + print);
        return view.apply(preferences);
    }
}
