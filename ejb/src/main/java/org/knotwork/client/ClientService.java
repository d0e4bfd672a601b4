package org.knotwork.client;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.Page;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * Takes clients on, keeps their details current, archives them and says who looks after them; the rules live on
 * {@link Client} and {@link ClientAccess}. Each method hands the client to the caller's {@code view} inside its
 * transaction, so what the caller shows is built while the record is loaded.
 */
@Stateless
public class ClientService {

    static final String RECORD = "CLIENT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Registers a client; a therapist who registers them is assigned to them. */
    public <V> V register(@NotNull ClientProfile profile, @NotNull Function<Client, V> view) {
        Client client = Client.register(profile, clock.instant(), clock.getZone());
        em.persist(client);
        if (currentUser.hasRole(Role.THERAPIST)) {
            em.flush();
            new TherapistAssignments(em).assign(client.id(), currentUser.id(), null, clock.instant());
        }
        audited(AuditAction.CREATE, client);
        return view.apply(client);
    }

    /** Reads a client's record for the caller: an audited read of health information. */
    public <V> V read(@NotNull UUID id, @NotNull Function<Client, V> view) {
        Client client = visible(id);
        V shown = view.apply(client);
        audited(AuditAction.READ, client);
        return shown;
    }

    /**
     * Loads a client in the caller's persistence context, with their contraindications, for a service of a higher
     * floor that checks access itself (see {@link ClientAccess}).
     */
    public static Client find(EntityManager em, UUID id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw noSuchClient(id);
        }
        return client;
    }

    /** What a read of a client that does not exist answers. */
    public static RecordNotFoundException noSuchClient(UUID id) {
        return new RecordNotFoundException("There is no client with id " + id + ".");
    }

    /**
     * Saves the client's profile as {@code edit} makes it from the current one, provided nobody saved the client
     * since the caller read {@code expectedVersion}. The row is locked first, so of two saves at once the second
     * sees the first's version and is refused. A save that changes nothing keeps the version and writes no line.
     */
    public <V> V revise(
            @NotNull UUID id,
            long expectedVersion,
            @NotNull UnaryOperator<ClientProfile> edit,
            @NotNull Function<Client, V> view) {
        Client client = visibleForChange(id);
        OptimisticLocking.requireVersion("This client", expectedVersion, client.version());
        if (client.revise(edit.apply(client.profile()), clock.instant(), clock.getZone())) {
            flushed(client);
            audited(AuditAction.UPDATE, client);
        }
        return view.apply(client);
    }

    public <V> V archive(@NotNull UUID id, @NotNull Function<Client, V> view) {
        Client client = visibleForChange(id);
        client.archive(clock.instant());
        flushed(client);
        audited(AuditAction.ARCHIVE, client);
        return view.apply(client);
    }

    public <V> V restore(@NotNull UUID id, @NotNull Function<Client, V> view) {
        Client client = visibleForChange(id);
        client.restore(clock.instant());
        flushed(client);
        audited(AuditAction.RESTORE, client);
        return view.apply(client);
    }

    /**
     * Clients whose given or family name starts with {@code nameStart} (any case), by family name, that the caller
     * may see. Archived clients are left out unless asked for. A fixed number of queries for any page.
     */
    public <V> Page<V> search(
            String nameStart, int page, int size, boolean includeArchived, @NotNull Function<Client, V> view) {
        ClientAccess access = new ClientAccess(em, currentUser);
        Page<Client> found = new ClientSearch(em)
                .find(nameStart, page, size, includeArchived, access.listIsKeptToCarers() ? access.userId() : null);
        Page<V> shown = found.map(view);
        // A list shows names and complaints: health information, so the search itself is recorded.
        audit.record(
                AuditAction.READ,
                "CLIENT_LIST",
                null,
                null,
                AuditOutcome.SUCCESS,
                "search '" + (nameStart == null ? "" : nameStart.strip()) + "', page " + page + ", "
                        + found.items().size() + " shown");
        return shown;
    }

    /** The therapists who look after the client: owners, and therapists who may see the client. */
    public <V> V therapists(@NotNull UUID clientId, @NotNull Function<ClientTherapists, V> view) {
        Client client = visible(clientId);
        V shown = view.apply(new TherapistAssignments(em).of(client));
        audit.record(AuditAction.READ, "CLIENT_THERAPISTS", client.id(), client.id(), AuditOutcome.SUCCESS, null);
        return shown;
    }

    /**
     * An owner makes the therapists {@code edit} gives for the current ones the client's assigned therapists, provided
     * the client is still at {@code expectedVersion}. A change gives the client a new version; the
     * same therapists again change nothing and write no line.
     */
    public <V> V assign(
            @NotNull UUID clientId,
            long expectedVersion,
            @NotNull UnaryOperator<List<UUID>> edit,
            @NotNull Function<ClientTherapists, V> view) {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Owners assign therapists to clients.", RECORD, clientId, clientId);
        }
        OptimisticLocking.lockRow(em, Client.class, clientId);
        Client client = find(em, clientId);
        OptimisticLocking.requireVersion("This client", expectedVersion, client.version());
        TherapistAssignments assignments = new TherapistAssignments(em);
        List<UUID> current = assignments.of(client).assigned().stream()
                .map(ClientTherapists.Carer::therapistId)
                .toList();
        List<UUID> wanted = edit.apply(current);
        if (new HashSet<>(wanted).equals(new HashSet<>(current))) {
            // Nothing changes: no line says it did, and the assignments keep who made them and when.
            return view.apply(assignments.of(client));
        }
        List<UUID> before = assignments.replace(client.id(), wanted, currentUser.id(), clock.instant());
        client.partOfRecordChanged(clock.instant());
        flushed(client);
        ClientTherapists after = assignments.of(client);
        audit.record(
                AuditAction.THERAPISTS_ASSIGNED,
                RECORD,
                client.id(),
                client.id(),
                AuditOutcome.SUCCESS,
                "from " + before + " to "
                        + after.assigned().stream()
                                .map(ClientTherapists.Carer::therapistId)
                                .sorted()
                                .toList());
        return view.apply(after);
    }

    private Client visible(UUID id) {
        Client client = find(em, id);
        new ClientAccess(em, currentUser).requireMaySee(client.id());
        return client;
    }

    /**
     * The client locked for a change, once the caller is known to be allowed to see them: a refusal must not tell
     * someone who may not see the client which version it is at.
     */
    private Client visibleForChange(UUID id) {
        OptimisticLocking.lockRow(em, Client.class, id);
        return visible(id);
    }

    private void audited(AuditAction action, Client client) {
        audit.record(action, RECORD, client.id(), client.id(), AuditOutcome.SUCCESS, null);
    }

    private void flushed(Client client) {
        OptimisticLocking.flush(em, "This client");
    }
}
