package org.knotwork.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.StaleVersionException;
import org.knotwork.web.api.security.Refusals;

/** The domain's refusals, as the HTTP statuses a client of the API can act on. */
public final class DomainExceptionMapper {

    private DomainExceptionMapper() {}

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return Problem.of(Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {

        @Context
        private Request request;

        @Context
        private UriInfo address;

        @Override
        public Response toResponse(ForbiddenException e) {
            String what = request.getMethod() + " /" + address.getPath() + ": " + e.getMessage();
            if (e.recordType() == null) {
                Refusals.record(what, address);
            } else {
                Refusals.record(what, e.recordType(), e.recordId(), e.clientId());
            }
            return Problem.of(Status.FORBIDDEN, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.conflict(e.getMessage(), e.field(), e.records()).toResponse();
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Problem.of(Status.CONFLICT, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class RuleViolated implements ExceptionMapper<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            List<Problem.FieldError> errors =
                    e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
            return Problem.invalid(e.getMessage(), errors).toResponse();
        }
    }
}
