package org.knotwork.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;

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

    /**
     * A correction to {@code note} with its reason and text checked, refused when it repeats one of {@code earlier}
     * (the same click arriving twice).
     */
    static Amendment after(
            List<Amendment> earlier, TreatmentNote note, UUID author, Instant now, String reason, String text) {
        String why = NoteFields.text("reason", "Reason", reason, 500);
        String correction = NoteFields.text("text", "Amendment", text, 4000);
        if (why == null) {
            throw new RuleViolationException("reason", "An amendment needs a reason and the corrected text.");
        }
        if (correction == null) {
            throw new RuleViolationException("text", "An amendment needs a reason and the corrected text.");
        }
        if (earlier.stream().anyMatch(a -> a.repeatedBy(author, now, why, correction))) {
            throw new ConflictException("This amendment was added a moment ago; it is not added twice.");
        }
        return new Amendment(note, author, now, why, correction);
    }

    /**
     * The same words from the same author this soon after are the same click arriving twice (a double click, a retry):
     * amendments are permanent, so the second is refused rather than added. A deliberate repeat waits this long.
     */
    static final Duration SAME_AMENDMENT_WINDOW = Duration.ofSeconds(10);

    /** Whether an amendment by {@code author} at {@code at} with these words would repeat this one. */
    boolean repeatedBy(UUID author, Instant at, String reason, String text) {
        return authorId.equals(author)
                && this.reason.equals(reason)
                && this.text.equals(text)
                && Duration.between(amendedAt, at).compareTo(SAME_AMENDMENT_WINDOW) < 0;
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
