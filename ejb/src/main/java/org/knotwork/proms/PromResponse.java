package org.knotwork.proms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/**
 * A client's answers to one outcome questionnaire, scored when recorded and kept as answered. One recorded in error
 * is withdrawn with a reason: it stays on record and leaves the trend and the practice's figures.
 */
@Entity
@Table(name = "questionnaire_responses")
public class PromResponse {

    @Id
    private UUID id;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "note_id")
    private UUID noteId;

    private String measure;

    @Enumerated(EnumType.STRING)
    private Occasion occasion;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private UUID recordedBy;

    private String answers;

    private int answered;

    private Double score;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_why")
    private String withdrawnWhy;

    protected PromResponse() {}

    /** Scores the answers by the measure's rule and records them; refuses what the measure does not allow. */
    static PromResponse record(
            Measure measure,
            UUID clientId,
            UUID noteId,
            Instant answeredAt,
            Instant earliest,
            List<Answer> answers,
            UUID by,
            Instant now) {
        Occasion occasion = noteId == null ? Occasion.INTAKE : Occasion.SESSION;
        if (occasion == Occasion.INTAKE && !measure.askedAtIntake()) {
            throw new RuleViolationException(
                    "noteId", measure.title() + " asks about change since treatment began: record it at a session.");
        }
        if (answeredAt == null || answeredAt.isAfter(now.plusSeconds(24 * 3600))) {
            throw new RuleViolationException("answeredAt", "Give when the client answered (not in the future).");
        }
        if (answeredAt.isBefore(earliest)) {
            throw new RuleViolationException(
                    "answeredAt", "The answers' date is before the client's date of birth: check the year.");
        }
        Scored scored = measure.score(answers == null ? List.of() : answers);
        PromResponse response = new PromResponse();
        response.id = UUID.randomUUID();
        response.clientId = clientId;
        response.noteId = noteId;
        response.measure = measure.code();
        response.occasion = occasion;
        response.answeredAt = answeredAt;
        response.recordedAt = now;
        response.recordedBy = by;
        response.answers = AnswersJson.write(answers);
        response.answered = scored.answered();
        response.score = scored.score();
        return response;
    }

    /** Takes a response recorded in error out of the trend; only its recorder may, and once. */
    void withdraw(UUID by, String reason, Instant now) {
        if (!recordedBy.equals(by)) {
            throw new org.knotwork.platform.ForbiddenException("Only who recorded the answers can withdraw them.");
        }
        if (withdrawnAt != null) {
            throw new ConflictException("These answers are already withdrawn.");
        }
        if (!VisibleText.present(reason) || reason.strip().length() > 500) {
            throw new RuleViolationException("reason", "Say why the answers are withdrawn (at most 500 characters).");
        }
        withdrawnAt = now;
        withdrawnWhy = reason.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID noteId() {
        return noteId;
    }

    public String measure() {
        return measure;
    }

    public Occasion occasion() {
        return occasion;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public List<Answer> answers() {
        return AnswersJson.read(answers);
    }

    public int answered() {
        return answered;
    }

    public Double score() {
        return score;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnWhy() {
        return withdrawnWhy;
    }
}
