package org.knotwork.bodymap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAccess;
import org.knotwork.client.ClientService;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * The sites of a client's injury, skin lesion or cancer on their body map: read and replaced whole by the therapist,
 * audited like the rest of the client's record, and kept, like it, to those who may see the client ({@link
 * ClientAccess}): a site moved by someone else changes where charting flags treatment.
 */
@Stateless
public class ContraindicationSites {

    static final String RECORD = "CONTRAINDICATION_SITES";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A client's sites with the client's version: the sites are part of the client's record. */
    public record Recorded(Map<Contraindication, Set<Region>> sites, int version) {}

    public Recorded read(@NotNull UUID clientId) {
        Client client = ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        Map<Contraindication, Set<Region>> sites = of(em, clientId);
        audit.record(AuditAction.READ, RECORD, clientId, clientId, AuditOutcome.SUCCESS, null);
        return new Recorded(sites, client.version());
    }

    /**
     * Replaces the client's sites; each names a contraindication at a site that the client has. A client changed
     * since the caller read {@code expectedVersion} is refused (409). A change gives the client a new version; the
     * same sites again change nothing and write no line.
     */
    public Recorded replace(
            @NotNull UUID clientId, long expectedVersion, @NotNull Map<Contraindication, Set<Region>> sites) {
        OptimisticLocking.lockRow(em, Client.class, clientId);
        Client client = ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        if (!currentUser.hasRole(Role.THERAPIST)) {
            throw new ForbiddenException(
                    "Therapists record where a client's contraindications are.", RECORD, clientId, clientId);
        }
        OptimisticLocking.requireVersion("This client", expectedVersion, client.version());
        if (client.isArchived()) {
            throw new RuleViolationException("This client is archived; restore them before changing their record.");
        }
        sites.forEach((code, regions) -> {
            if (!code.isAtASite()) {
                throw new RuleViolationException(
                        "sites." + code.name(),
                        "A site is recorded only for recent trauma, a skin lesion or a history of cancer.");
            }
            if (!client.has(code)) {
                throw new RuleViolationException(
                        "sites." + code.name(), "Record " + code.label() + " on the client first, then its site.");
            }
            if (regions == null || regions.isEmpty() || regions.contains(null)) {
                throw new RuleViolationException(
                        "sites." + code.name(), "Name one or more body regions, or leave the site out.");
            }
        });
        if (of(sites).equals(of(em, clientId))) {
            return new Recorded(of(sites), client.version());
        }
        em.createQuery("delete from ContraindicationSite s where s.clientId = :client")
                .setParameter("client", clientId)
                .executeUpdate();
        sites.forEach((code, regions) ->
                regions.forEach(region -> em.persist(new ContraindicationSite(clientId, code, region))));
        client.partOfRecordChanged(clock.instant());
        OptimisticLocking.flush(em, "This client");
        audit.record(AuditAction.UPDATE, RECORD, clientId, clientId, AuditOutcome.SUCCESS, describe(sites));
        return new Recorded(of(sites), client.version());
    }

    /** A client's sites, in the caller's persistence context: for charting and handouts, which audit their own use. */
    public static Map<Contraindication, Set<Region>> of(EntityManager em, UUID clientId) {
        return of(em
                .createQuery(
                        "select s from ContraindicationSite s where s.clientId = :client", ContraindicationSite.class)
                .setParameter("client", clientId)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        ContraindicationSite::code,
                        Collectors.mapping(ContraindicationSite::region, Collectors.toSet()))));
    }

    private static Map<Contraindication, Set<Region>> of(Map<Contraindication, Set<Region>> sites) {
        Map<Contraindication, Set<Region>> copy = new EnumMap<>(Contraindication.class);
        sites.forEach((code, regions) -> copy.put(code, Set.copyOf(EnumSet.copyOf(regions))));
        return copy;
    }

    private static String describe(Map<Contraindication, Set<Region>> sites) {
        return sites.isEmpty()
                ? "no sites"
                : new EnumMap<>(sites)
                        .entrySet().stream()
                                .map(e -> e.getKey().name() + " at "
                                        + e.getValue().stream()
                                                .sorted()
                                                .map(Enum::name)
                                                .collect(Collectors.joining("+")))
                                .collect(Collectors.joining(", "));
    }
}
