package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a trigger point's history: charted, deactivated, resolved, recurred. Never changed afterwards. */
@Entity
@Table(name = "trigger_point_status_changes")
public class StatusChange {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trigger_point_id")
    private TriggerPoint triggerPoint;

    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PointStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PointStatus to;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private UUID changedBy;

    protected StatusChange() {}

    StatusChange(TriggerPoint triggerPoint, int seq, PointStatus from, PointStatus to, UUID by, Instant at) {
        this.id = UUID.randomUUID();
        this.triggerPoint = triggerPoint;
        this.seq = seq;
        this.from = from;
        this.to = to;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The status before; {@code null} for the change that charted the point. */
    public PointStatus from() {
        return from;
    }

    public PointStatus to() {
        return to;
    }

    /** A resolved point that came back. */
    public boolean isRecurrence() {
        return from == PointStatus.RESOLVED;
    }

    /** An active point that was switched off: the aim of treatment. */
    public boolean isDeactivation() {
        return from == PointStatus.ACTIVE && to != PointStatus.ACTIVE;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public int seq() {
        return seq;
    }
}
