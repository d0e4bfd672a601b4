package org.knotwork.web.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}): what went wrong in words a person can
 * act on, and for invalid input one entry per offending field.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        Response.Status status = Response.Status.BAD_REQUEST;
        return new Problem("about:blank", "Invalid input", status.getStatusCode(), detail, errors);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
