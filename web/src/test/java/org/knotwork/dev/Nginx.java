package org.knotwork.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Debian's nginx as the drill's load balancer, configured from docs/multi-instance/nginx.conf. */
final class Nginx {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private Nginx() {}

    static Process start(Path template, Path prefix, int listen, int instanceA, int instanceB) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("The drill needs nginx at " + BINARY + " (apt-get install nginx).");
        }
        Files.createDirectories(prefix);
        String config = Files.readString(template)
                .replace("@PREFIX@", prefix.toString())
                .replace("@LISTEN@", String.valueOf(listen))
                .replace("@INSTANCE_A@", "127.0.0.1:" + instanceA)
                .replace("@INSTANCE_B@", "127.0.0.1:" + instanceB);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        return new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
    }

    /** Waits until the instance's readiness probe answers 200. */
    static void awaitReady(URI instance, Process process, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The instance at " + instance + " stopped; see its log");
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(instance.resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(instance + " was not ready within " + patience);
    }
}
