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
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;

/**
 * A departure from the protocol found in a note, stored with it, explained, and with the therapist's reason. It
 * does not stop a draft being saved; the note is signed only once every deviation has a reason.
 */
@Entity
@Table(name = "note_deviations")
public class Deviation {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id")
    private TreatmentNote note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trigger_point_id")
    private TriggerPoint triggerPoint;

    @Column(name = "episode_seq")
    private int episodeSeq;

    @Enumerated(EnumType.STRING)
    private DeviationType type;

    private String explanation;

    private String reason;

    protected Deviation() {}

    Deviation(TreatmentNote note, Episode episode, DeviationType type, String detail, String reason) {
        this.note = note;
        this.triggerPoint = episode.triggerPoint();
        this.episodeSeq = episode.seq();
        this.type = type;
        this.explanation = type.title() + " (" + episode.triggerPoint().muscle().name() + ", "
                + episode.triggerPoint().side().name().toLowerCase() + "): " + detail + ". The protocol asks "
                + "otherwise because " + type.why() + ".";
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A deviation the review found in the session, with the therapist's reason for it if the session gives one. */
    static Deviation found(TreatmentNote note, ProtocolReview.Found found, SessionRecord session) {
        return new Deviation(
                note,
                found.episode(),
                found.type(),
                found.detail(),
                session.reasons().get(key(found.episode().seq(), found.type())));
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
}
