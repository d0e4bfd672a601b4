package org.knotwork.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for the integration tests: the API seen from outside, as any integration sees it. It keeps
 * cookies like a browser, so after {@link #signIn} its requests are the signed-in user's, and sends the
 * {@code X-Knotwork-Request} header like the UI.
 */
public final class Api {

    private final HttpClient http;
    private final URI base;
    private final boolean marked;

    public Api(URL deployment) {
        this(
                // HTTP/1.1, as browsers speak over plain HTTP: Java's default asks each new connection to upgrade to
                // HTTP/2 (h2c), which no browser does.
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .build(),
                URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"),
                true);
    }

    private Api(HttpClient http, URI base, boolean marked) {
        this.http = http;
        this.base = base;
        this.marked = marked;
    }

    /** The same browser (its cookies) talking to another instance of Knotwork. */
    public Api at(URL otherInstance) {
        String other = otherInstance.toString();
        return new Api(http, URI.create(other.endsWith("/") ? other : other + "/"), marked);
    }

    /** The same signed-in user's requests without the X-Knotwork-Request header, as a forged request would be. */
    public Api unmarked() {
        return new Api(http, base, false);
    }

    /** The session cookie's value, as a browser keeps it. */
    public String sessionId() {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().endsWith("knotwork-session"))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst()
                        .orElseThrow();
    }

    public Reply signIn(String username, String password) {
        return post("api/session", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A download (such as a PDF) as raw bytes; a refusal's problem+json is in the bytes as UTF-8. */
    public HttpResponse<byte[]> download(String path) {
        return download(path, Map.of());
    }

    /** The same, with request headers (such as Accept-Encoding). */
    public HttpResponse<byte[]> download(String path, Map<String, String> headers) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(path)).GET();
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes (such as an image); the response's status. */
    public int sendBytes(String method, String path, String contentType, byte[] body) {
        try {
            return http.send(
                            request(path)
                                    .header("Content-Type", contentType)
                                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method with a body of raw bytes (which need not be valid UTF-8) and extra headers. */
    public Reply sendRaw(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    /** {@code If-Match} naming the version a GET of {@code readPath} answers now, for a change made on it. */
    public Map<String, String> asRead(String readPath) {
        Reply read = get(readPath);
        if (read.status() != 200 || read.header("ETag") == null) {
            throw new IllegalStateException("No version to send: " + read);
        }
        return Map.of("If-Match", read.header("ETag"));
    }

    public Reply put(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request =
                request(path).header("Content-Type", "application/json").PUT(body(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, Map.of());
    }

    public Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request =
                request(path).header("Content-Type", contentType).method(method, body(body));
        headers.forEach(request::header);
        return send(request);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    /** Every request carries the header that the server's cross-site check asks of requests that change data. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        return marked ? request.header("X-Knotwork-Request", "1") : request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON where it is JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public String body() {
            return response.body();
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
