package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.platform.VisibleText;
import org.knotwork.safety.DeviationType;

/**
 * A departure from the protocol found in a note, stored with it, explained, and with the therapist's reason. It
 * does not stop a draft being saved; the note is signed only once every deviation has a reason, or for one that needs
 * a medical clearance, the clearance. One of the session as a whole (a fever) has no point and episode 0.
 */
@Entity
@Table(name = "note_deviations")
public class Deviation {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id")
    private TreatmentNote note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trigger_point_id")
    private TriggerPoint triggerPoint;

    @Column(name = "episode_seq")
    private int episodeSeq;

    @Enumerated(EnumType.STRING)
    private DeviationType type;

    private String explanation;

    private String reason;

    protected Deviation() {}

    Deviation(TreatmentNote note, ProtocolReview.Found found, String reason) {
        this.note = note;
        this.triggerPoint = found.point();
        this.episodeSeq = found.seq();
        this.type = found.type();
        String where = triggerPoint == null
                ? ""
                : " (" + triggerPoint.muscle().name() + ", "
                        + triggerPoint.side().words() + ")";
        this.explanation = type.title() + where + ": " + found.detail() + ". The protocol asks otherwise because "
                + type.why() + ".";
        this.reason = VisibleText.stripped(reason);
    }

    /** A deviation the review found in the session, with the therapist's reason for it if the session gives one. */
    static Deviation found(TreatmentNote note, ProtocolReview.Found found, SessionRecord session) {
        return new Deviation(note, found, session.reasons().get(key(found.seq(), found.type())));
    }

    /** Identifies the deviation within its note, so the therapist's reason can be given for it. */
    public String key() {
        return key(episodeSeq, type);
    }

    static String key(int episodeSeq, DeviationType type) {
        return episodeSeq + ":" + type.name();
    }

    public DeviationType type() {
        return type;
    }

    public TriggerPoint triggerPoint() {
        return triggerPoint;
    }

    public int episodeSeq() {
        return episodeSeq;
    }

    public String explanation() {
        return explanation;
    }

    public String reason() {
        return reason;
    }

    public boolean isExplained() {
        return reason != null;
    }

    /**
     * Ready for signing: explained by a reason, or for one that needs a medical clearance, covered by a clearance
     * recorded for its contraindication.
     */
    public boolean isSettled(List<MedicalClearance> clearances) {
        return reason != null
                || (type.clearanceFor() != null
                        && clearances.stream().anyMatch(c -> c.contraindication() == type.clearanceFor()));
    }
}
