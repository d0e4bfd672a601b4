package org.knotwork.platform;

import jakarta.ejb.ApplicationException;

/** The domain refused a request because it would break one of its rules; the message says which and why. */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolationException(String message) {
        this(null, message);
    }

    /** The input field the rule is about, or {@code null} when it concerns the request as a whole. */
    public String field() {
        return field;
    }
}
