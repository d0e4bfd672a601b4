package org.knotwork.web.api.json;

import java.util.List;
import org.knotwork.web.api.problem.Problem;

/**
 * A request body refused before any resource ran: not JSON, not of the form's shape, or failing its constraints. The
 * status is 400, or 413 for a body over the limit and 415 for one that is not UTF-8 JSON; nothing was done.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(int status, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The body as a whole is wrong (not JSON, empty, too large): no single field to name. */
    static InvalidInputException body(String detail) {
        return new InvalidInputException(400, detail, List.of());
    }

    /** One field is wrong. */
    static InvalidInputException field(String field, String message) {
        return new InvalidInputException(400, message, List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
