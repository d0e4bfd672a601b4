package org.knotwork.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.knotwork.audit.AuditOrigin;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.SignedInUser;

/**
 * Tells the EJB module who is signed in for this request: the user {@link SessionAuthentication} found, handed to the
 * request's {@link CurrentUser} before any resource or service runs, and to the audit trail's {@link AuditOrigin} with
 * the address the request came from. Servlet filters run after authentication, in the request's CDI scope, and before
 * every JAX-RS filter, so every feature sees the same user the container was told about, and a line written by the
 * access guard itself (a refusal by role) names the user and the address. The address is the connection's: behind a
 * reverse proxy, configure Payara to take the client's address from the proxy's header, so that it cannot be set by
 * anyone who merely sends that header.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SignedInUserFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient AuditOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(SessionAuthentication.SIGNED_IN_USER) instanceof SignedInUser user) {
            currentUser.recognise(user);
            origin.setActorId(user.id());
            origin.setActorName(user.username());
        }
        origin.setAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
