package org.knotwork.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.SignedInUser;

/**
 * Tells the EJB module who is signed in for this request: the user {@link SessionAuthentication} found, handed to the
 * request's {@link CurrentUser} before any resource or service runs. Servlet filters run after authentication, in the
 * request's CDI scope, so every feature sees the same user the container was told about.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SignedInUserFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(SessionAuthentication.SIGNED_IN_USER) instanceof SignedInUser user) {
            currentUser.recognise(user);
        }
        chain.doFilter(request, response);
    }
}
