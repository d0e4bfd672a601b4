package org.knotwork.bodymap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAccess;
import org.knotwork.client.ClientService;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;

/**
 * Charts trigger points on a client's body map and keeps them current between sessions, for those who may see the
 * client. Each method hands the point to the caller's {@code view} inside its transaction, with its history loaded.
 */
@Stateless
public class TriggerPointService {

    static final String RECORD = "TRIGGER_POINT";

    private static final DateTimeFormatter CHARTED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MuscleCatalogue muscles;

    @Inject
    private AuditTrail audit;

    /**
     * Charts a point. While the client has a point on the same muscle and side still being treated
     * ({@link #stillTreatedOn}) it is refused (409 naming those points), unless the caller confirms it is another point
     * ({@code besideStillTreated}): it may be the same point charted twice, which would split its history. The client's
     * row is locked first, so of two charts at once the second waits and then sees the first one's point; a caller who
     * confirms another point checks nothing, and so takes no lock.
     */
    public <V> V chart(
            @NotNull UUID clientId,
            @NotNull PointSpec spec,
            boolean besideStillTreated,
            @NotNull Function<TriggerPoint, V> view) {
        if (!besideStillTreated) {
            OptimisticLocking.lockRow(em, Client.class, clientId);
        }
        Client client = ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        Muscle muscle = muscles.find(spec.muscleCode());
        Placement placement = new Placement(spec.view(), spec.x(), spec.y());
        placeable(muscle, requireSide(spec.side()), placement);
        if (!besideStillTreated) {
            List<TriggerPoint> there = stillTreated(clientId, muscle.code(), spec.side());
            if (!there.isEmpty()) {
                throw new ConflictException(
                        "This client already has "
                                + there.stream().map(this::named).collect(Collectors.joining("; "))
                                + " on " + muscle.name() + " (" + spec.side().words() + "), still being treated."
                                + " If it is the same point, treat or correct it; to chart another point there, send"
                                + " besideStillTreated: true.",
                        "besideStillTreated",
                        there.stream().map(TriggerPoint::id).toList());
            }
        }
        TriggerPoint point = TriggerPoint.chart(
                client,
                muscle,
                spec.side(),
                placement,
                spec.status() == null ? PointStatus.ACTIVE : spec.status(),
                currentUser.id(),
                clock.instant());
        point.describe(spec.criteria(), spec.referredPain());
        em.persist(point);
        audit.record(AuditAction.CREATE, RECORD, point.id(), clientId, AuditOutcome.SUCCESS, null);
        return view.apply(point);
    }

    /**
     * The client's points on this muscle and side still being treated ({@link TriggerPoint#stillTreatedOn}), oldest
     * first: the session page asks before it charts another point there, and the therapist confirms it.
     */
    public <V> List<V> stillTreatedOn(
            @NotNull UUID clientId,
            @NotNull String muscleCode,
            @NotNull Side side,
            @NotNull Function<TriggerPoint, V> view) {
        ClientService.find(em, clientId);
        new ClientAccess(em, currentUser).requireMaySee(clientId);
        List<V> found =
                stillTreated(clientId, muscleCode, side).stream().map(view).toList();
        audit.record(AuditAction.READ, "POINTS_ON_MUSCLE", clientId, clientId, AuditOutcome.SUCCESS, null);
        return found;
    }

    private List<TriggerPoint> stillTreated(UUID clientId, String muscleCode, Side side) {
        return em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle m where p.client.id = :client"
                                + " and m.code = :muscle and p.side = :side order by p.chartedAt",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                .setParameter("muscle", muscleCode)
                .setParameter("side", side)
                .getResultStream()
                .filter(p -> p.stillTreatedOn(muscleCode, side))
                .toList();
    }

    /** A point as a refusal names it: "an active point charted Monday 4 May 2026 (id …)". */
    private String named(TriggerPoint point) {
        return (point.status() == PointStatus.ACTIVE ? "an active" : "a latent") + " point charted "
                + CHARTED.withZone(clock.getZone()).format(point.chartedAt()) + " (id " + point.id() + ")";
    }

    /**
     * Corrects a point's muscle, place, findings or status as {@code edit} makes them from the point as it is (a save
     * that leaves fields out keeps them), provided nobody changed it since {@code expectedVersion}. The row is locked
     * first, so of two corrections at once the second waits and is then refused. {@code treatedInASignedNote}
     * answers whether a signed note treated the point (the charting floor knows), which fixes its muscle for good.
     */
    public <V> V revise(
            @NotNull UUID pointId,
            long expectedVersion,
            @NotNull UnaryOperator<PointSpec> edit,
            @NotNull Predicate<UUID> treatedInASignedNote,
            @NotNull Function<TriggerPoint, V> view) {
        OptimisticLocking.lockRow(em, TriggerPoint.class, pointId);
        TriggerPoint point = visible(pointId);
        OptimisticLocking.requireVersion("This trigger point", expectedVersion, point.version());
        PointSpec spec = edit.apply(point.spec());
        if (!point.muscle().code().equals(spec.muscleCode())) {
            point.correctMuscle(muscles.find(spec.muscleCode()), treatedInASignedNote.test(pointId));
        }
        Placement placement = new Placement(spec.view(), spec.x(), spec.y());
        placeable(point.muscle(), requireSide(spec.side()), placement);
        point.moveTo(spec.side(), placement);
        point.describe(spec.criteria(), spec.referredPain());
        if (spec.status() != null) {
            point.changeStatus(spec.status(), currentUser.id(), clock.instant());
        }
        if (OptimisticLocking.flushChanged(em, "This trigger point", expectedVersion, point::version)) {
            audit.record(AuditAction.UPDATE, RECORD, point.id(), point.client().id(), AuditOutcome.SUCCESS, null);
        }
        return view.apply(point);
    }

    /** Takes a point off the client's map as charted in error; the line in the audit trail carries the reason. */
    public <V> V markEnteredInError(
            @NotNull UUID pointId, long expectedVersion, String reason, @NotNull Function<TriggerPoint, V> view) {
        OptimisticLocking.lockRow(em, TriggerPoint.class, pointId);
        TriggerPoint point = visible(pointId);
        OptimisticLocking.requireVersion("This trigger point", expectedVersion, point.version());
        point.markEnteredInError(currentUser.id(), clock.instant(), reason);
        OptimisticLocking.flush(em, "This trigger point");
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                point.id(),
                point.client().id(),
                AuditOutcome.SUCCESS,
                "charted in error: " + point.enteredInError().reason());
        return view.apply(point);
    }

    /** One point with its muscle and full status history. */
    public <V> V read(@NotNull UUID pointId, @NotNull Function<TriggerPoint, V> view) {
        TriggerPoint point = visible(pointId);
        V shown = view.apply(point);
        audit.record(AuditAction.READ, RECORD, point.id(), point.client().id(), AuditOutcome.SUCCESS, null);
        return shown;
    }

    /** The client a point is on, for naming them in a refusal; empty for an unknown point. */
    public Optional<UUID> clientOf(@NotNull UUID pointId) {
        return em.createQuery("select p.client.id from TriggerPoint p where p.id = :id", UUID.class)
                .setParameter("id", pointId)
                .getResultStream()
                .findFirst();
    }

    private TriggerPoint visible(UUID pointId) {
        TriggerPoint point = em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle join fetch p.client"
                                + " left join fetch p.history where p.id = :id",
                        TriggerPoint.class)
                .setParameter("id", pointId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no trigger point with id " + pointId + "."));
        new ClientAccess(em, currentUser).requireMaySee(point.client().id());
        return point;
    }

    private void placeable(Muscle muscle, Side side, Placement placement) {
        new RegionAreas(muscles.all(Function.identity())).requirePlaceable(muscle, side, placement);
    }

    private static Side requireSide(Side side) {
        if (side == null) {
            throw new RuleViolationException("side", "Say which side the point is on: left, right or midline.");
        }
        return side;
    }
}
