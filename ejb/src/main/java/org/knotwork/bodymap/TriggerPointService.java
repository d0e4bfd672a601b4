package org.knotwork.bodymap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Predicate;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;

/** Charts trigger points on a client's body map and keeps them current between sessions. */
@Stateless
public class TriggerPointService {

    static final String RECORD = "TRIGGER_POINT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientService clients;

    @Inject
    private MuscleCatalogue muscles;

    @Inject
    private AuditTrail audit;

    public TriggerPoint chart(@NotNull UUID clientId, @NotNull PointSpec spec) {
        Client client = clients.find(clientId);
        Muscle muscle = muscles.find(spec.muscleCode());
        Placement placement = new Placement(spec.view(), spec.x(), spec.y());
        placeable(muscle, requireSide(spec.side()), placement);
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
        return point;
    }

    /**
     * Corrects a point's muscle, place, findings or status, provided nobody changed it since {@code expectedVersion}.
     * {@code treatedInASignedNote} answers whether a signed note treated the point (the charting floor knows), which
     * fixes its muscle for good.
     */
    public TriggerPoint revise(
            @NotNull UUID pointId,
            long expectedVersion,
            @NotNull PointSpec spec,
            @NotNull Predicate<UUID> treatedInASignedNote) {
        TriggerPoint point = find(pointId);
        OptimisticLocking.requireVersion("This trigger point", expectedVersion, point.version());
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
        OptimisticLocking.flush(em, "This trigger point");
        point.history().size();
        audit.record(AuditAction.UPDATE, RECORD, point.id(), point.client().id(), AuditOutcome.SUCCESS, null);
        return point;
    }

    /** Takes a point off the client's map as charted in error; the line in the audit trail carries the reason. */
    public TriggerPoint markEnteredInError(@NotNull UUID pointId, long expectedVersion, String reason) {
        TriggerPoint point = find(pointId);
        OptimisticLocking.requireVersion("This trigger point", expectedVersion, point.version());
        point.markEnteredInError(currentUser.id(), clock.instant(), reason);
        OptimisticLocking.flush(em, "This trigger point");
        point.history().size();
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                point.id(),
                point.client().id(),
                AuditOutcome.SUCCESS,
                "charted in error: " + point.enteredInError().reason());
        return point;
    }

    /** One point with its muscle and full status history. */
    public TriggerPoint read(@NotNull UUID pointId) {
        TriggerPoint point = find(pointId);
        point.history().size();
        audit.record(AuditAction.READ, RECORD, point.id(), point.client().id(), AuditOutcome.SUCCESS, null);
        return point;
    }

    private TriggerPoint find(UUID pointId) {
        TriggerPoint point = em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle join fetch p.client where p.id = :id",
                        TriggerPoint.class)
                .setParameter("id", pointId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no trigger point with id " + pointId + "."));
        return point;
    }

    private void placeable(Muscle muscle, Side side, Placement placement) {
        new RegionAreas(muscles.all()).requirePlaceable(muscle, side, placement);
    }

    private static Side requireSide(Side side) {
        if (side == null) {
            throw new RuleViolationException("side", "Say which side the point is on: left, right or midline.");
        }
        return side;
    }
}
