package org.knotwork.client;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * Who may see a client's record. Owners see every client. Therapists see every client, unless the practice keeps
 * clients to their therapists ({@code ownClientsOnly}): then only those who look after them ({@link ClientCarer}:
 * assigned by an owner, or treated under a signed note). Administrators manage users and settings and see no client.
 * The one place this rule lives: the list, the record, the chart, the notes and the points all ask here.
 */
public final class ClientAccess {

    static final String REFUSED =
            "This practice keeps clients to the therapists who look after them; an owner can assign you to this client.";

    private final EntityManager em;
    private final CurrentUser user;

    public ClientAccess(EntityManager em, CurrentUser user) {
        this.em = em;
        this.user = user;
    }

    public boolean maySee(UUID clientId) {
        if (user.hasRole(Role.OWNER)) {
            return true;
        }
        if (!user.hasRole(Role.THERAPIST)) {
            return false;
        }
        return !keptToCarers() || looksAfter(clientId);
    }

    /** Refuses, naming the client, a user who may not see them. */
    public void requireMaySee(UUID clientId) {
        if (!maySee(clientId)) {
            throw new ForbiddenException(REFUSED, ClientService.RECORD, clientId, clientId);
        }
    }

    /** Whether a list must be cut to the clients this user looks after. */
    boolean listIsKeptToCarers() {
        return !user.hasRole(Role.OWNER) && keptToCarers();
    }

    UUID userId() {
        return user.id();
    }

    private boolean keptToCarers() {
        return PracticeSettingsService.current(em).ownClientsOnly();
    }

    private boolean looksAfter(UUID clientId) {
        return !em.createQuery(
                        "select 1 from ClientCarer c where c.clientId = :client and c.therapistId = :therapist",
                        Integer.class)
                .setParameter("client", clientId)
                .setParameter("therapist", user.id())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
