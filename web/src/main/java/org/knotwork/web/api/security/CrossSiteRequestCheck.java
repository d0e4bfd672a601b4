package org.knotwork.web.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.knotwork.web.api.problem.Problem;

/**
 * Refuses requests that change data unless they carry {@value #HEADER}{@code : 1}, and, when the browser names the
 * page's origin, unless that origin is this server. The session cookie is already SameSite=Strict; this second
 * check holds for browsers that ignore SameSite. A page on another site cannot add a custom header to a request
 * without a CORS preflight, which this API never grants, so a forged form post or image tag fails here.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestCheck implements ContainerRequestFilter {

    public static final String HEADER = "X-Knotwork-Request";

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        if (!"1".equals(request.getHeaderString(HEADER))) {
            request.abortWith(refuse("Requests that change data must carry the header " + HEADER
                    + ": 1 (the Knotwork UI sends it; see docs/api.md)."));
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameSite(origin, request.getHeaderString("Host"))) {
            request.abortWith(refuse("This request came from a page on another site (" + origin + ")."));
        }
    }

    /** The Origin's host and port against the Host the browser addressed; "null" origins are refused. */
    static boolean sameSite(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost.equalsIgnoreCase(host) || withDefaultPort(uri).equalsIgnoreCase(host);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static String withDefaultPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static Response refuse(String detail) {
        return Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
    }
}
