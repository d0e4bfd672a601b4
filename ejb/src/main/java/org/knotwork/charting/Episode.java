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
import java.util.Set;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.Manner;
import org.knotwork.safety.Technique;

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

    /** What this stage records, as values (its kind and dosage): two with equal values record the same. */
    abstract List<Object> recorded();

    /** The departures from the protocol this episode shows on its own (its dose), each with what was found. */
    abstract List<Finding> deviations(ProtocolPolicy policy);

    /** The technique this is, as the safety rules name it. */
    abstract Technique technique();

    /** How it was done, as the safety rules ask (e.g. firm); always includes {@link Manner#ANY}. */
    Set<Manner> manners() {
        return Set.of(Manner.ANY);
    }

    /** What a deviation's explanation says was done, e.g. "compression at 4/10". */
    abstract String described();

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
