package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A dated correction appended to a signed note by its author: the note itself never changes. */
@Entity
@Table(name = "note_amendments")
public class Amendment {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id")
    private TreatmentNote note;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "amended_at")
    private Instant amendedAt;

    private String reason;

    private String text;

    protected Amendment() {}

    Amendment(TreatmentNote note, UUID authorId, Instant amendedAt, String reason, String text) {
        this.note = note;
        this.authorId = authorId;
        this.amendedAt = amendedAt;
        this.reason = reason;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public UUID authorId() {
        return authorId;
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String reason() {
        return reason;
    }

    public String text() {
        return text;
    }
}
