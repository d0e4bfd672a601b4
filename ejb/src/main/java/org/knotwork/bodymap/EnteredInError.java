package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.VisibleText;

/** Who took a point off the map as charted in error, when, and why: the point stays on record, out of use. */
@Embeddable
public class EnteredInError {

    static final int REASON_LENGTH = 500;

    @Column(name = "entered_in_error_at")
    private Instant at;

    @Column(name = "entered_in_error_by")
    private UUID by;

    @Column(name = "entered_in_error_reason")
    private String reason;

    protected EnteredInError() {}

    static EnteredInError of(UUID by, Instant at, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (!VisibleText.present(why) || why.length() > REASON_LENGTH) {
            throw new RuleViolationException(
                    "reason", "Say why the point was charted in error (at most " + REASON_LENGTH + " characters).");
        }
        EnteredInError error = new EnteredInError();
        error.by = by;
        error.at = at;
        error.reason = why;
        return error;
    }

    public Instant at() {
        return at;
    }

    public UUID by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}
