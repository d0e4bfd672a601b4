package org.knotwork.web.http;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * gzip for text answers (pages, modules, the stylesheet, SVG, JSON, CSV) when the caller takes it; declared first in
 * web.xml, so that it wraps every other filter and the static files forwarded to. A filter rather than the HTTP
 * listener's compression: it travels inside the WAR, so Payara Micro and the EAR on Payara Server compress alike with
 * no configuration of the server. A body the application encoded itself (the bulk export's gzip parts) passes as it
 * is, and so do HEAD requests and ranges (a range is of the bytes as stored).
 *
 * <p>Compressing answers that mix a secret with what a caller typed opens BREACH (guessing the secret from the sizes
 * of many answers); it needs an attacker's page to make the victim's browser send signed-in requests, and the session
 * cookie is SameSite=Strict, so no other site's page can.
 */
public class Compression extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod()) || request.getHeader("Range") != null) {
            chain.doFilter(request, response);
            return;
        }
        CompressingResponse compressing =
                new CompressingResponse(response, ContentCoding.acceptsGzip(request.getHeader("Accept-Encoding")));
        try {
            chain.doFilter(request, compressing);
        } catch (IOException | ServletException | RuntimeException e) {
            compressing.abandon();
            throw e;
        }
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new FinishWhenComplete(compressing));
        } else {
            compressing.finish();
        }
    }

    /** An asynchronous answer ends when its request completes, not when the filter chain returns. */
    private record FinishWhenComplete(CompressingResponse response) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) throws IOException {
            response.finish();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            response.abandon();
        }

        @Override
        public void onError(AsyncEvent event) {
            response.abandon();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
