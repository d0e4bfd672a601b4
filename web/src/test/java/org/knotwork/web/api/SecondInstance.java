package org.knotwork.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.knotwork.platform.KnotworkDatabase;

/**
 * A second Payara Micro running the same WAR against the same database as the Arquillian deployment, as a clinic
 * running two instances behind a load balancer would. Its settings differ only where a test needs them short
 * (session time-outs).
 */
final class SecondInstance implements AutoCloseable {

    static final long IDLE_SECONDS = 3;
    static final long ABSOLUTE_SECONDS = 9;
    static final long SOCKET_TIMEOUT_SECONDS = KnotworkDatabase.SOCKET_TIMEOUT_SECONDS;

    private final Process process;
    final URL url;

    private SecondInstance(Process process, URL url) {
        this.process = process;
        this.url = url;
    }

    static SecondInstance start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "second-instance");
            Files.createDirectories(root.resolve("tmp"));
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-Xmx768m",
                    "-Djava.io.tmpdir=" + root.resolve("tmp"),
                    "-Dknotwork.db.url=" + System.getProperty("knotwork.it.db.url"),
                    "-Dknotwork.db.user=knotwork",
                    "-Dknotwork.db.password=knotwork",
                    "-Dknotwork.login.max-failures=3",
                    "-Dknotwork.session.idle-seconds=" + IDLE_SECONDS,
                    "-Dknotwork.session.absolute-seconds=" + ABSOLUTE_SECONDS,
                    "-jar",
                    System.getProperty("payara.microJar"),
                    "--nocluster",
                    "--port",
                    String.valueOf(port),
                    "--rootdir",
                    root.resolve("instance").toString(),
                    // The WAR's libraries beside it, as for the Arquillian deployment (arquillian.xml).
                    "--addlibs",
                    System.getProperty("knotwork.it.libs"),
                    "--deploy",
                    System.getProperty("knotwork.it.war"),
                    "--contextroot",
                    "/"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("server.log").toFile())
                    .start();
            SecondInstance instance = new SecondInstance(
                    process, URI.create("http://localhost:" + port + "/").toURL());
            instance.awaitReady(Duration.ofMinutes(8));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance stopped; see target/second-instance/server.log");
            }
            try {
                // Not /health/ready alone: Payara Micro answers it UP before the application is deployed (no check
                // registered yet). The API's own 401 means the application is there.
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(url + "health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> deployed = http.send(
                        HttpRequest.newBuilder(URI.create(url + "api/session")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200 && deployed.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("The second instance was not ready within " + patience);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
