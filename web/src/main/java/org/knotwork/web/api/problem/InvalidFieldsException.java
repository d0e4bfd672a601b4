package org.knotwork.web.api.problem;

import java.util.List;

/**
 * Several fields of one request each broke a rule of the domain: all of them are answered at once (400, one entry
 * per field), so a form can show every problem after one save instead of one problem per save.
 */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super("Some fields need correcting.");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
