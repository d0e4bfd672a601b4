package org.knotwork.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.knotwork.practice.PracticeLogo;
import org.knotwork.web.api.json.InvalidInputException;

/**
 * Refuses a request body larger than any record with 413 before anything reads it, signed in or not: a JSON body
 * is at most {@value #JSON_BYTES} bytes, the practice's logo at most twice its own limit (so a logo slightly too
 * large still gets the logo's own, more helpful answer), a CSV file of clients to import at most {@value
 * #CLIENT_IMPORT_BYTES}. A body without a declared length is read up to the limit and
 * handed on from memory.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final int JSON_BYTES = 256 * 1024;

    static final int LOGO_BYTES = 2 * PracticeLogo.MAX_BYTES;

    /** A practice's clients moved in at once: at most 50 000 rows of a few hundred bytes each. */
    static final int CLIENT_IMPORT_BYTES = 16 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        int limit = uri.endsWith("/practice-settings/logo")
                ? LOGO_BYTES
                : uri.endsWith("/clients/import") ? CLIENT_IMPORT_BYTES : JSON_BYTES;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // The unread body is not worth reading; the connection closes after this answer.
            response.setHeader("Connection", "close");
            refuse(response, limit);
            return;
        }
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (!chunked) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            response.setHeader("Connection", "close");
            refuse(response, limit);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    /** The reader's refusal of a body over the limit, for a body whose length was not declared. */
    public static InvalidInputException tooLarge(int limit) {
        return new InvalidInputException(413, detail(limit), List.of());
    }

    private static void refuse(HttpServletResponse response, int limit) throws IOException {
        ProblemResponses.send(response, 413, "Content Too Large", detail(limit));
    }

    private static String detail(int limit) {
        return "The request body is larger than " + limit / 1024 + " KiB; nothing sent to this address is that large.";
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read into memory.");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
