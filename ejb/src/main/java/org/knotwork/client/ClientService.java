package org.knotwork.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.Page;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;

/** Takes clients on, keeps their details current and archives them; the rules live on {@link Client}. */
@Stateless
public class ClientService {

    static final String RECORD = "CLIENT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public Client register(@NotNull ClientProfile profile) {
        Client client = Client.register(profile, clock.instant(), clock.getZone());
        em.persist(client);
        audited(AuditAction.CREATE, client);
        return client;
    }

    /** Reads a client's record for the caller: an audited read of health information. */
    public Client read(@NotNull UUID id) {
        return audited(AuditAction.READ, find(id));
    }

    /** Loads a client for another feature's use; that feature audits what it shows. */
    public Client find(@NotNull UUID id) {
        return find(em, id);
    }

    /**
     * The same, in the caller's persistence context, for a service on a hot read path that should not pay for a
     * second bean call (the container's interceptors and validation) just to find a client.
     */
    public static Client find(EntityManager em, UUID id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new RecordNotFoundException("There is no client with id " + id + ".");
        }
        return client;
    }

    /** Saves a revised profile, provided nobody saved the client since the caller read {@code expectedVersion}. */
    public Client revise(@NotNull UUID id, long expectedVersion, @NotNull ClientProfile profile) {
        Client client = find(id);
        OptimisticLocking.requireVersion("This client", expectedVersion, client.version());
        client.revise(profile, clock.instant(), clock.getZone());
        return audited(AuditAction.UPDATE, flushed(client));
    }

    public Client archive(@NotNull UUID id) {
        Client client = find(id);
        client.archive(clock.instant());
        return audited(AuditAction.ARCHIVE, flushed(client));
    }

    public Client restore(@NotNull UUID id) {
        Client client = find(id);
        client.restore(clock.instant());
        return audited(AuditAction.RESTORE, flushed(client));
    }

    /**
     * Clients whose given or family name starts with {@code nameStart} (any case), by family name. Archived clients
     * are left out unless asked for.
     */
    public Page<Client> search(String nameStart, int page, int size, boolean includeArchived) {
        String pattern = nameStart == null || nameStart.isBlank()
                ? "%"
                : escapeLike(nameStart.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = " from Client c where (lower(c.familyName) like :pattern escape '\\'"
                + " or lower(c.givenName) like :pattern escape '\\')"
                + (includeArchived ? "" : " and c.archivedAt is null");
        long total = em.createQuery("select count(c)" + where, Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        TypedQuery<Client> query = em.createQuery(
                        "select c" + where + " order by lower(c.familyName), lower(c.givenName), c.id", Client.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page * size)
                .setMaxResults(size);
        List<Client> items = total == 0 ? List.of() : query.getResultList();
        // A list shows names and complaints: health information, so the search itself is recorded.
        audit.record(
                AuditAction.READ,
                "CLIENT_LIST",
                null,
                null,
                AuditOutcome.SUCCESS,
                "search '" + (nameStart == null ? "" : nameStart.strip()) + "', page " + page + ", " + items.size()
                        + " shown");
        return new Page<>(items, page, size, total);
    }

    private Client audited(AuditAction action, Client client) {
        audit.record(action, RECORD, client.id(), client.id(), AuditOutcome.SUCCESS, null);
        return client;
    }

    private Client flushed(Client client) {
        OptimisticLocking.flush(em, "This client");
        return client;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
