package org.knotwork.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every field a request got wrong, in one 400 answer. */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFieldsException> {

    @Override
    public Response toResponse(InvalidFieldsException e) {
        return Problem.invalid(e.getMessage(), e.errors()).toResponse();
    }
}
