package org.knotwork.web.api.problem;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ParamException;
import org.knotwork.web.api.json.InvalidInputException;

/**
 * Everything else that can go wrong with a request. A body that is not JSON, or JSON of the wrong shape, is the
 * caller's mistake (400); HTTP errors raised by JAX-RS keep their status; only a real fault is a 500, and its details
 * go to the log, not to the caller.
 */
public final class RequestExceptionMapper {

    private static final Logger LOG = Logger.getLogger(RequestExceptionMapper.class.getName());

    private RequestExceptionMapper() {}

    /** The parser's own words name its classes and events, not the caller's mistake: they go to the log only. */
    static Response unreadableBody(Throwable e) {
        LOG.log(Level.FINE, "Unreadable request body", e);
        return Problem.of(Status.BAD_REQUEST, "The request body could not be read as the record this address takes.")
                .toResponse();
    }

    /** A body the strict reader refused: 400 naming each field, 413 too large, 415 not UTF-8 JSON. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            if (e.status() == Status.BAD_REQUEST.getStatusCode()) {
                return Problem.invalid(e.getMessage(), e.errors()).toResponse();
            }
            Status status = Status.fromStatusCode(e.status());
            String title =
                    status != null ? status.getReasonPhrase() : e.status() == 413 ? "Content Too Large" : "Error";
            return new Problem("about:blank", title, e.status(), e.getMessage(), null, null).toResponse();
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody(e);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody(e);
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Status status = Status.fromStatusCode(original.getStatus());
            if (status == null) {
                status = Status.INTERNAL_SERVER_ERROR;
            }
            if (status.getFamily() == Status.Family.SERVER_ERROR) {
                if (DatabaseUnavailable.causedBy(e)) {
                    return DatabaseUnavailable.response();
                }
                LOG.log(Level.SEVERE, "Request failed", e);
                return Problem.of(status, "Something went wrong on our side; the request was not completed.")
                        .toResponse();
            }
            if (e.getCause() instanceof NoContentException) {
                return Problem.of(Status.BAD_REQUEST, "The request body is empty; send the record as JSON.")
                        .toResponse();
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadableBody(e.getCause());
            }
            String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? switch (status) {
                        case NOT_FOUND -> "There is nothing at this address.";
                        case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
                        case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
                        case NOT_ACCEPTABLE -> "This address answers in application/json only.";
                        default -> status.getReasonPhrase() + ".";
                    }
                    : e.getMessage();
            Response.ResponseBuilder problem =
                    Response.fromResponse(Problem.of(status, detail).toResponse());
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> problem.header(name, value));
                }
            });
            return problem.build();
        }
    }

    /**
     * A path, query or header parameter that could not be read. A malformed id in the path names no record (404);
     * anything else is a mistake in the request (400), reported against the parameter's name.
     */
    @Provider
    public static class BadParameter implements ExceptionMapper<ParamException> {
        @Override
        public Response toResponse(ParamException e) {
            if (e instanceof ParamException.PathParamException) {
                return Problem.of(
                                Status.NOT_FOUND,
                                "There is nothing at this address: the " + e.getParameterName()
                                        + " in it is not valid.")
                        .toResponse();
            }
            String message = "The value of " + e.getParameterName() + " is not valid here.";
            return Problem.invalid(message, List.of(new Problem.FieldError(e.getParameterName(), message)))
                    .toResponse();
        }
    }

    /** Unwraps a session bean's system exception so that the mapper for its cause answers, or logs a real fault. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {

        @Context
        private Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
            if (cause != null && !(cause instanceof EJBException)) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof Fault)) {
                    return mapper.toResponse(cause);
                }
            }
            return new Fault().toResponse(e);
        }
    }

    @Provider
    public static class Fault implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.log(Level.WARNING, "Database unavailable: " + e);
                return DatabaseUnavailable.response();
            }
            LOG.log(Level.SEVERE, "Request failed", e);
            return Problem.of(
                            Status.INTERNAL_SERVER_ERROR,
                            "Something went wrong on our side; the request was not completed.")
                    .toResponse();
        }
    }
}
