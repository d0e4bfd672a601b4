package org.knotwork.web.api.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.knotwork.audit.AuditOrigin;
import org.knotwork.security.CurrentUser;

/**
 * Tells the audit trail who is calling and from which address, once the caller is known (right after
 * authentication). The address is the connection's: behind a reverse proxy, configure Payara to take the client's
 * address from the proxy's header, so that it cannot be set by anyone who merely sends that header.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class AuditOriginFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest http;

    @Inject
    private AuditOrigin origin;

    @Inject
    private CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        origin.setAddress(http.getRemoteAddr());
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller != null) {
            origin.setActorName(caller.getName());
            if (currentUser.isSignedIn()) {
                origin.setActorId(currentUser.id());
            }
        }
    }
}
