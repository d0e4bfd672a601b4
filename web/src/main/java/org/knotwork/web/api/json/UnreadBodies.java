package org.knotwork.web.api.json;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses a body sent to an address marked {@link TakesNoBody}: 400, nothing done, nothing recorded. */
@Provider
@TakesNoBody
@Priority(Priorities.ENTITY_CODER)
public class UnreadBodies implements ContainerRequestFilter {

    static final String MESSAGE = "This request takes no body; send it without one.";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.hasEntity()) {
            throw InvalidInputException.body(MESSAGE);
        }
    }
}
