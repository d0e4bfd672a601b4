package org.knotwork.bodymap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.platform.RuleViolationException;

/**
 * A trigger point on a client's body map. It persists across visits: each session starts from the client's current
 * points, and its status history shows how it went from active to latent to resolved (and back, if it recurred).
 */
@Entity
@Table(name = "trigger_points")
public class TriggerPoint {

    @Id
    private UUID id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "muscle_code")
    private Muscle muscle;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Embedded
    private Placement placement;

    @Enumerated(EnumType.STRING)
    private PointStatus status;

    @Embedded
    private Criteria criteria;

    @Column(name = "referred_pain")
    private String referredPain;

    @Column(name = "charted_at")
    private Instant chartedAt;

    @Column(name = "charted_by")
    private UUID chartedBy;

    /** Set when the point should never have been charted (a mis-tap, the wrong client): it leaves the map. */
    @Embedded
    private EnteredInError enteredInError;

    @OneToMany(mappedBy = "triggerPoint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<StatusChange> history = new ArrayList<>();

    protected TriggerPoint() {}

    /** Charts a newly found point on the client's body map. */
    public static TriggerPoint chart(
            Client client, Muscle muscle, Side side, Placement placement, PointStatus status, UUID by, Instant now) {
        if (client.isArchived()) {
            throw new RuleViolationException("This client is archived; restore them before charting.");
        }
        if (status == PointStatus.RESOLVED) {
            throw new RuleViolationException("status", "A newly charted point is active or latent, not resolved.");
        }
        TriggerPoint point = new TriggerPoint();
        point.id = UUID.randomUUID();
        point.client = client;
        point.muscle = muscle;
        point.side = side;
        point.placement = placement;
        point.status = status;
        point.criteria = Criteria.notTested();
        point.chartedAt = now;
        point.chartedBy = by;
        point.history.add(new StatusChange(point, 1, null, status, by, now));
        return point;
    }

    /** Records what the examination found: the criteria and the referred pain the client describes. */
    public void describe(Criteria criteria, String referredPain) {
        this.criteria = criteria == null ? Criteria.notTested() : criteria;
        this.referredPain = referredPain == null || referredPain.isBlank() ? null : referredPain.strip();
    }

    /**
     * Puts the point in the muscle it really is in. Only while no signed note has treated it: a signed note names
     * the muscle it was treated as, and a signed note never changes.
     */
    public void correctMuscle(Muscle muscle, boolean treatedInASignedNote) {
        if (muscle.code().equals(this.muscle.code())) {
            return;
        }
        if (treatedInASignedNote) {
            throw new RuleViolationException(
                    "muscle",
                    "This point was treated in a signed note as " + this.muscle.name()
                            + "; mark it charted in error and chart the right muscle instead.");
        }
        this.muscle = muscle;
    }

    /**
     * Takes the point off the map because it should never have been charted. Signed notes that treated it stay as
     * they were signed; new sessions cannot treat it.
     */
    public void markEnteredInError(UUID by, Instant now, String reason) {
        if (enteredInError != null) {
            throw new RuleViolationException("This point is already marked as charted in error.");
        }
        enteredInError = EnteredInError.of(by, now, reason);
    }

    public boolean isEnteredInError() {
        return enteredInError != null;
    }

    /** Who marked the point charted in error, when and why; {@code null} for a point in use. */
    public EnteredInError enteredInError() {
        return enteredInError;
    }

    /** Refuses to treat a point charted in error in a new session. */
    public void requireTreatable() {
        if (enteredInError != null) {
            throw new RuleViolationException(
                    "points", muscle.name() + " (" + side.words() + ") was charted in error; leave it out.");
        }
    }

    /**
     * Whether a new point on {@code muscleCode} and {@code side} would be charted beside this one while it is still
     * being treated (active or latent, not charted in error): it may be this same point charted again, so the therapist
     * confirms first. A resolved point does not count: a point that comes back is charted anew, as a recurrence.
     */
    public boolean stillTreatedOn(String muscleCode, Side side) {
        return enteredInError == null
                && status != PointStatus.RESOLVED
                && this.side == side
                && muscle.code().equals(muscleCode);
    }

    /** Moves the point on the drawing, e.g. to correct a mis-tap. */
    public void moveTo(Side side, Placement placement) {
        this.side = side;
        this.placement = placement;
    }

    public void markActive(UUID by, Instant now) {
        changeStatus(PointStatus.ACTIVE, by, now);
    }

    public void markLatent(UUID by, Instant now) {
        changeStatus(PointStatus.LATENT, by, now);
    }

    public void resolve(UUID by, Instant now) {
        changeStatus(PointStatus.RESOLVED, by, now);
    }

    /** Changes the status and records the change; asking for the status it already has records nothing. */
    public void changeStatus(PointStatus to, UUID by, Instant now) {
        if (to == null) {
            throw new RuleViolationException("status", "Say which status the point is in.");
        }
        if (to == status) {
            return;
        }
        history.add(new StatusChange(this, history.size() + 1, status, to, by, now));
        status = to;
    }

    /** The point as it stands, as a correction would send it: what a save that leaves fields out keeps. */
    public PointSpec spec() {
        return new PointSpec(
                muscle.code(), side, placement.view(), placement.x(), placement.y(), null, criteria, referredPain);
    }

    public int recurrences() {
        return (int) history.stream().filter(StatusChange::isRecurrence).count();
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Client client() {
        return client;
    }

    public Muscle muscle() {
        return muscle;
    }

    public Side side() {
        return side;
    }

    public Placement placement() {
        return placement;
    }

    public PointStatus status() {
        return status;
    }

    public Criteria criteria() {
        return criteria;
    }

    public String referredPain() {
        return referredPain;
    }

    public Instant chartedAt() {
        return chartedAt;
    }

    public UUID chartedBy() {
        return chartedBy;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
