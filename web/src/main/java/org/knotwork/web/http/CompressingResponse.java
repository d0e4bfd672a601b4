package org.knotwork.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * A response that decides at its first byte whether to gzip its body: by then the servlet has set the type, the status
 * and any Content-Length or Content-Encoding of its own. A compressed body drops the Content-Length it was given (the
 * container then chunks it), says {@code Content-Encoding: gzip}, and weakens a strong ETag: the gzip bytes are
 * another representation, and a weak tag still answers a revalidation with 304. Every answer of a compressible type
 * carries {@code Vary: Accept-Encoding}, compressed or not, so that a shared cache keeps both.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

    private enum Coding {
        UNDECIDED,
        IDENTITY,
        GZIP
    }

    private final boolean callerTakesGzip;
    private Coding coding = Coding.UNDECIDED;
    private Long declaredLength;
    private GzipStream gzip;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean finished;

    CompressingResponse(HttpServletResponse response, boolean callerTakesGzip) {
        super(response);
        this.callerTakesGzip = callerTakesGzip;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        switch (coding) {
            case UNDECIDED -> declaredLength = length;
            case IDENTITY -> super.setContentLengthLong(length);
            case GZIP -> {
                // The length of the uncompressed body says nothing about the compressed one.
            }
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name) && value != null) {
            setContentLengthLong(Long.parseLong(value.trim()));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name) && value != null) {
            setContentLengthLong(Long.parseLong(value.trim()));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called on this response already");
        }
        if (stream == null) {
            stream = new DecidingStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called on this response already");
        }
        if (writer == null) {
            setCharacterEncoding(getCharacterEncoding());
            writer = new PrintWriter(
                    new OutputStreamWriter(new DecidingStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        target().flush();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        abandonGzip();
        coding = Coding.UNDECIDED;
        declaredLength = null;
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (coding == Coding.GZIP) {
            // The headers stay (gzip among them): the body starts again with a gzip header of its own.
            abandonGzip();
            gzip = newGzip();
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        beforeError();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        beforeError();
        super.sendError(status, message);
    }

    /**
     * The container writes the error page itself, uncompressed: a gzip already begun is dropped along with its headers
     * (the error dispatch sets the security headers again).
     */
    private void beforeError() {
        if (coding == Coding.GZIP && !isCommitted()) {
            super.reset();
        }
        abandonGzip();
        coding = Coding.IDENTITY;
    }

    /** Ends the body: the gzip trailer, or the declared length of a body never written (a HEAD, an empty file). */
    void finish() throws IOException {
        if (writer != null && !finished) {
            writer.flush();
        }
        endBody();
    }

    private void endBody() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (coding == Coding.UNDECIDED) {
            if (getStatus() == HttpServletResponse.SC_NOT_MODIFIED) {
                varyByEncoding();
            }
            if (declaredLength != null) {
                super.setContentLengthLong(declaredLength);
            }
            coding = Coding.IDENTITY;
        } else if (coding == Coding.GZIP) {
            gzip.finish();
        }
    }

    /** After an exception: nothing more is written, and a gzip begun but not sent is not announced. */
    void abandon() {
        finished = true;
        if (coding == Coding.GZIP && !isCommitted()) {
            super.reset();
        }
        abandonGzip();
    }

    private OutputStream target() throws IOException {
        if (finished) {
            throw new IOException("The response is complete");
        }
        if (coding == Coding.UNDECIDED) {
            decide();
        }
        return coding == Coding.GZIP ? gzip : super.getOutputStream();
    }

    private void decide() {
        boolean compressible = ContentCoding.compressible(getContentType());
        if (compressible) {
            varyByEncoding();
        }
        if (compressible
                && callerTakesGzip
                && !isCommitted()
                && ContentCoding.compressibleStatus(getStatus())
                && getHeader("Content-Encoding") == null
                && getHeader("Content-Range") == null
                && (declaredLength == null || declaredLength >= ContentCoding.MIN_BYTES)) {
            super.setHeader("Content-Encoding", "gzip");
            String etag = getHeader("ETag");
            if (etag != null && !etag.startsWith("W/")) {
                super.setHeader("ETag", "W/" + etag);
            }
            gzip = newGzip();
            coding = Coding.GZIP;
        } else {
            if (declaredLength != null) {
                super.setContentLengthLong(declaredLength);
            }
            coding = Coding.IDENTITY;
        }
    }

    private void varyByEncoding() {
        for (String vary : getHeaders("Vary")) {
            for (String field : vary.split(",")) {
                String name = field.trim();
                if (name.equals("*") || name.equalsIgnoreCase("Accept-Encoding")) {
                    return;
                }
            }
        }
        super.addHeader("Vary", "Accept-Encoding");
    }

    private GzipStream newGzip() {
        try {
            return new GzipStream(super.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void abandonGzip() {
        if (gzip != null) {
            gzip.release();
            gzip = null;
        }
    }

    /** The body as the servlet writes it; the first byte decides the coding. */
    private final class DecidingStream extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }

        @Override
        public void close() throws IOException {
            endBody();
            CompressingResponse.super.getOutputStream().close();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("Knotwork's answers are written blocking; no write listener is taken");
        }
    }
}
