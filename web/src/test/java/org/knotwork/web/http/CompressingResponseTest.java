package org.knotwork.web.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressingResponseTest {

    static final String MODULE = "export function pin(x, y) { return {x, y}; }\n".repeat(100);

    final RecordedResponse container = new RecordedResponse();

    @Test
    void aModuleIsGzippedWithoutItsLengthAndVariesByEncoding() throws IOException {
        CompressingResponse response = serve("text/javascript", MODULE, true);

        assertThat(container.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(container.header("Content-Length")).isNull();
        assertThat(container.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gunzip(container.body.toByteArray())).isEqualTo(MODULE);
        assertThat(container.body.size()).isLessThan(MODULE.length() / 10);
        response.finish();
        assertThat(gunzip(container.body.toByteArray()))
                .as("finishing twice adds nothing")
                .isEqualTo(MODULE);
    }

    @Test
    void aCallerThatTakesNoGzipGetsTheBytesWithTheirLengthAndStillTheVary() throws IOException {
        serve("text/javascript", MODULE, false);

        assertThat(container.header("Content-Encoding")).isNull();
        assertThat(container.header("Content-Length")).isEqualTo("" + MODULE.length());
        assertThat(container.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(container.body.toString(UTF_8)).isEqualTo(MODULE);
    }

    @Test
    void aPdfIsSentAsItIs() throws IOException {
        serve("application/pdf", MODULE, true);

        assertThat(container.header("Content-Encoding")).isNull();
        assertThat(container.header("Vary")).isNull();
        assertThat(container.header("Content-Length")).isEqualTo("" + MODULE.length());
        assertThat(container.body.toString(UTF_8)).isEqualTo(MODULE);
    }

    @Test
    void aBodyTheApplicationEncodedItselfIsNotCompressedTwice() throws IOException {
        container.headers.put("Content-Encoding", new java.util.ArrayList<>(java.util.List.of("gzip")));
        serve("application/fhir+ndjson", MODULE, true);

        assertThat(container.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(container.body.toString(UTF_8)).isEqualTo(MODULE);
    }

    @Test
    void aSmallBodyIsNotWorthCompressing() throws IOException {
        serve("application/json", "{\"ok\":true}", true);

        assertThat(container.header("Content-Encoding")).isNull();
        assertThat(container.header("Content-Length")).isEqualTo("11");
    }

    @Test
    void aStrongEtagBecomesWeakWhenTheBodyIsGzippedAndAWeakOneStays() throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setHeader("ETag", "\"abc\"");
        write(response, "text/css", MODULE);
        assertThat(container.header("ETag")).isEqualTo("W/\"abc\"");

        RecordedResponse other = new RecordedResponse();
        CompressingResponse weak = new CompressingResponse(other.response, true);
        weak.setHeader("ETag", "W/\"12-34\"");
        write(weak, "text/css", MODULE);
        assertThat(other.header("ETag")).isEqualTo("W/\"12-34\"");
    }

    @Test
    void notModifiedHasNoBodyNoEncodingAndTheSameVary() throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setStatus(304);
        response.finish();

        assertThat(container.body.size()).isZero();
        assertThat(container.header("Content-Encoding")).isNull();
        assertThat(container.header("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void anExistingVaryIsKeptAndAcceptEncodingNotAddedTwice() throws IOException {
        container.headers.put("Vary", new java.util.ArrayList<>(java.util.List.of("Origin, accept-encoding")));
        serve("application/json", MODULE, true);

        assertThat(container.header("Vary")).isEqualTo("Origin, accept-encoding");
    }

    @Test
    void textWrittenThroughTheWriterIsGzippedInItsCharset() throws IOException {
        String text = "Trapèze supérieur — point 1\n".repeat(80);
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
        response.finish();

        assertThat(container.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(container.body.toByteArray())).isEqualTo(text);
    }

    @Test
    void anErrorAfterCompressionBeganIsSentWithoutTheGzipHeaders() throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setContentType("application/json");
        response.getOutputStream().write(MODULE.getBytes(UTF_8));
        response.sendError(500);
        response.finish();

        assertThat(container.status).isEqualTo(500);
        assertThat(container.header("Content-Encoding")).isNull();
        assertThat(container.body.size()).isZero();
    }

    @Test
    void aBodyStartedAgainAfterResetBufferIsOneWholeGzip() throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setContentType("application/json");
        response.getOutputStream().write("{\"half\":".getBytes(UTF_8));
        response.resetBuffer();
        response.getOutputStream().write(MODULE.getBytes(UTF_8));
        response.finish();

        assertThat(gunzip(container.body.toByteArray())).isEqualTo(MODULE);
    }

    @Test
    void aFlushSendsWhatWasWrittenSoFar() throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, true);
        response.setContentType("application/x-ndjson");
        response.getOutputStream().write(MODULE.getBytes(UTF_8));
        response.getOutputStream().flush();

        assertThat(container.committed).isTrue();
        assertThat(gunzipPartly(container.body.toByteArray())).isEqualTo(MODULE);
    }

    private CompressingResponse serve(String type, String body, boolean callerTakesGzip) throws IOException {
        CompressingResponse response = new CompressingResponse(container.response, callerTakesGzip);
        write(response, type, body);
        return response;
    }

    private static void write(CompressingResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.finish();
    }

    static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzip stream without its trailer yet: what arrived, up to the last flush. */
    static String gunzipPartly(byte[] bytes) throws IOException {
        GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[MODULE.length() * 2];
        int total = 0;
        try {
            for (int n; (n = in.read(buffer, total, buffer.length - total)) > 0; ) {
                total += n;
            }
        } catch (java.io.EOFException e) {
            // The trailer is not there yet.
        }
        return new String(buffer, 0, total, UTF_8);
    }
}
