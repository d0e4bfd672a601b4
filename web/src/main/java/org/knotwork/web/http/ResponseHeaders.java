package org.knotwork.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Headers every answer carries. The pages run only scripts and styles served by Knotwork itself (no inline script,
 * no style attribute: the UI sets styles through the DOM), so a strict Content-Security-Policy costs nothing and turns
 * an injected script into a refused one. Answers of the API hold health data: no browser or proxy keeps them. A
 * session id in an address is refused: it would travel in logs and Referer headers. Images may also be {@code data:}
 * URLs: the authenticator app's QR code is one (an image never runs script, and the code must not sit at an address a
 * cache or a log could keep). Everything else is asked for again on every use ({@code no-cache}, answered 304 when
 * unchanged), except what carries its version in its address: the library WebJars here, the page's own files in
 * {@code StaticFileServlet}.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ResponseHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Far above any browser's headers (cookies included), far below the listener's own limit. */
    static final int MAX_HEADER_BYTES = 32 * 1024;

    /** For a file whose address names its version: it never changes, so the browser need not ask again. */
    public static final String KEEP_A_YEAR = "public, max-age=31536000, immutable";

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self' blob:; object-src 'none';"
            + " base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        } else if (path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", KEEP_A_YEAR);
        } else {
            response.setHeader("Cache-Control", "no-cache");
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST && refused(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * What no page or address of Knotwork answers: TRACE (it would echo the request, cookies included; the listener
     * lets it through to here only so that the refusal is problem+json), headers larger than any browser sends, and a
     * session id in the address.
     */
    private static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("TRACE".equals(request.getMethod()) || "TRACK".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE");
            ProblemResponses.send(response, 405, "Method Not Allowed", "This address does not accept that method.");
            return true;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            ProblemResponses.send(
                    response,
                    431,
                    "Request Header Fields Too Large",
                    "The request's headers are larger than any browser sends (" + MAX_HEADER_BYTES / 1024 + " KiB).");
            return true;
        }
        if (request.isRequestedSessionIdFromURL()) {
            ProblemResponses.send(
                    response,
                    400,
                    "Bad Request",
                    "A session id in the address is not accepted; Knotwork keeps the session in a cookie.");
            return true;
        }
        return false;
    }

    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4;
            }
        }
        return bytes;
    }
}
