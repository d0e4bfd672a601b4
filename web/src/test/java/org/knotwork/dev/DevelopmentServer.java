package org.knotwork.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.knotwork.testing.EmbeddedDatabase;

/**
 * The README's run command: an embedded PostgreSQL whose data survives restarts, Payara Micro running the WAR, and
 * the demo practice on first start. With {@code KNOTWORK_DB_URL} set, the external database is used instead.
 * Ctrl-C stops Payara and PostgreSQL. Started by {@code ./mvnw}, it does not run inside Maven's exec but hands over
 * ({@link HandOver}): Maven exits and this class runs in a small JVM of its own in Maven's place.
 */
public final class DevelopmentServer {

    private DevelopmentServer() {}

    public static void main(String[] args) throws Exception {
        String handOver = System.getenv(HandOver.VARIABLE);
        if (handOver != null) {
            HandOver.write(Path.of(handOver), DevelopmentServer.class);
            return;
        }
        long started = System.nanoTime();
        Path war = Path.of(required("knotwork.war"));
        int httpPort = Integer.getInteger("knotwork.http.port", 8080);
        // Maven runs this in web/; a relative -Dknotwork.data.dir means the folder the command was typed in, the top.
        Path dataDirectory = Path.of(required("knotwork.project.dir"))
                .resolve(required("knotwork.data.dir"))
                .toAbsolutePath()
                .normalize();

        CompletableFuture<EmbeddedDatabase> database = CompletableFuture.completedFuture(null);
        if (System.getenv("KNOTWORK_DB_URL") == null && System.getProperty("knotwork.db.url") == null) {
            Path postgresData = dataDirectory.resolve("postgres");
            LeftoverPostgres.stopIfRunning(postgresData);
            // PostgreSQL starts beside Payara Micro, not before it: Micro first connects after its own boot and its
            // reading of the WAR, which take longer than PostgreSQL's start (an initdb included), so waiting for
            // PostgreSQL first only added its start to the run command's (docs/performance.md, "Start-up").
            int port = freePort();
            database = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(postgresData, port, true));
            System.setProperty(
                    "knotwork.db.url", "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE);
            System.setProperty("knotwork.db.user", EmbeddedDatabase.USER);
            System.setProperty("knotwork.db.password", EmbeddedDatabase.PASSWORD);
            System.out.println("Embedded PostgreSQL starting on port " + port + ", data in " + postgresData);
        } else {
            System.out.println("Using the external database from KNOTWORK_DB_URL / knotwork.db.url");
        }

        if (System.getProperty("knotwork.admin.initial-password") == null) {
            System.setProperty("knotwork.admin.initial-password", DemoPractice.FIRST_ADMIN_PASSWORD);
        }

        long microStarted = System.nanoTime();
        Process micro = PayaraMicroProcess.start(
                Path.of(required("knotwork.micro.jar")), war, httpPort, Path.of(required("knotwork.micro.root")));
        Runtime.getRuntime().addShutdownHook(new Thread(stopAll(micro, database), "knotwork-shutdown"));
        try {
            database.join();
        } catch (CompletionException e) {
            PayaraMicroProcess.stop(micro);
            throw new IllegalStateException("The embedded PostgreSQL did not start", e.getCause());
        }
        long databaseReady = System.nanoTime();

        String base = "http://localhost:" + httpPort + "/";
        // Patient: on a machine busy with other builds, a first start that migrates a large practice takes minutes
        // (-Dknotwork.ready.minutes, 20 by default).
        awaitReady(
                URI.create(base + "health/ready"),
                micro,
                Duration.ofMinutes(Long.getLong("knotwork.ready.minutes", 20)));
        long microReady = System.nanoTime();
        int loaded = DemoPractice.loadIfEmpty(URI.create(base + "api/"));
        if (loaded > 0) {
            System.out.println("Loaded the demo practice: " + loaded + " clients");
        }
        System.out.printf(
                "Started in %.1f s: PostgreSQL %.1f s (beside Micro), Payara Micro with Knotwork %.1f s, demo data %.1f s%n",
                seconds(started, System.nanoTime()),
                seconds(microStarted, databaseReady),
                seconds(microStarted, microReady),
                seconds(microReady, System.nanoTime()));
        System.out.println();
        System.out.println("  Knotwork is ready at " + base + "   (API " + base + "api, health " + base
                + "health, OpenAPI " + base + "openapi)");
        System.out.println("  Sign in as therapist, jo (therapists), owner (practice owner) with the password "
                + DemoPractice.PASSWORD + ", or as admin with " + DemoPractice.ADMIN_PASSWORD);
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println();
        System.exit(micro.waitFor());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static Runnable stopAll(Process micro, CompletableFuture<EmbeddedDatabase> starting) {
        return () -> {
            PayaraMicroProcess.stop(micro);
            EmbeddedDatabase database = starting.exceptionally(failed -> null).join();
            if (database != null) {
                database.close();
                System.out.println("Embedded PostgreSQL stopped");
            }
        };
    }

    private static void awaitReady(URI ready, Process micro, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see its log above");
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Payara is still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Knotwork did not become ready at " + ready + " within " + patience);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("Start this through the README's run command (missing -D" + property + ")");
        }
        return value;
    }
}
