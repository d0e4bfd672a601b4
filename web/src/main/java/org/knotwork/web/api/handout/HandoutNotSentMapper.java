package org.knotwork.web.api.handout;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.knotwork.handout.HandoutNotSentException;
import org.knotwork.web.api.problem.Problem;

/** The mail server did not take the sheet: 502, with what it answered, so the therapist can print it instead. */
@Provider
public class HandoutNotSentMapper implements ExceptionMapper<HandoutNotSentException> {

    @Override
    public Response toResponse(HandoutNotSentException e) {
        return Problem.of(Response.Status.BAD_GATEWAY, e.getMessage()).toResponse();
    }
}
