package org.knotwork.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters: 400, one entry per invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid("Some fields need correcting.", errors).toResponse();
    }

    /**
     * The path as the API's user knows it: {@code create.form.givenName} becomes {@code givenName}, a query parameter
     * keeps its name ({@code size}) and a list element its index ({@code contraindications[2]}).
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean onlyParameterSoFar = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    field.setLength(0);
                    field.append(node.getName());
                    onlyParameterSoFar = true;
                }
                case PROPERTY -> {
                    if (onlyParameterSoFar) {
                        field.setLength(0);
                    } else if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    onlyParameterSoFar = false;
                }
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {}
            }
        }
        return field.toString();
    }
}
