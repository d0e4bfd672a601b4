package org.knotwork.web.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}): what went wrong in words a person can
 * act on, for invalid input one entry per offending field, and for a conflict with other records their ids.
 */
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors, List<UUID> records) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        records = records == null || records.isEmpty() ? null : List.copyOf(records);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        Response.Status status = Response.Status.BAD_REQUEST;
        return new Problem("about:blank", "Invalid input", status.getStatusCode(), detail, errors, null);
    }

    /**
     * A conflict with other records (the open draft a new session would stand beside), naming them, and the field by
     * which the caller says it goes ahead beside them.
     */
    public static Problem conflict(String detail, String field, List<UUID> records) {
        Response.Status status = Response.Status.CONFLICT;
        List<FieldError> errors = field == null ? null : List.of(new FieldError(field, detail));
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors, records);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
