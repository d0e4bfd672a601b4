package org.knotwork.charting;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.platform.RuleViolationException;

/**
 * One stage of treatment applied to one trigger point in a session: compression, stretch or heat, with its dosage.
 * {@code seq} orders all episodes of a note, which is how "heat before stretch" is seen.
 */
@Entity
@Table(name = "note_episodes")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Episode {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id")
    private TreatmentNote note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trigger_point_id")
    private TriggerPoint triggerPoint;

    private int seq;

    protected Episode() {}

    void attach(TreatmentNote note, TriggerPoint triggerPoint, int seq) {
        this.note = note;
        this.triggerPoint = triggerPoint;
        this.seq = seq;
    }

    /** The same stage with the same dosage, not yet part of any note: what a save that keeps this episode records. */
    abstract Episode unattachedCopy();

    /** The departures from the protocol this episode shows on its own, each with what was found. */
    abstract List<Finding> deviations(ProtocolPolicy policy);

    /** A deviation found, before it is tied to a note. */
    record Finding(DeviationType type, String detail) {}

    public UUID id() {
        return id;
    }

    public TriggerPoint triggerPoint() {
        return triggerPoint;
    }

    public int seq() {
        return seq;
    }

    static int requireBetween(String field, String label, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new RuleViolationException(field, label + " must be between " + min + " and " + max + ".");
        }
        return value;
    }
}
