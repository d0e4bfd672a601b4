package org.knotwork.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro in its own JVM, as in production ({@code java -jar payara-micro.jar --deploy knotwork.war}). A separate
 * process keeps the launcher's class path (Jakarta API jars, test libraries) out of the server.
 *
 * <p>Two things make it start faster than a plain {@code java -jar} (measured in docs/performance.md): Micro's runtime
 * is unpacked once per build, with its own launcher ({@code --outputlauncher}), instead of at every start; and the JVM
 * maps the runtime's classes from a class-data-sharing archive that the first start writes when it exits, instead of
 * loading and verifying thousands of classes again. Each start still gets a fresh instance folder, so it deploys
 * exactly the WAR just built. Hazelcast, which Knotwork does not use, is not started.
 */
final class PayaraMicroProcess {

    /**
     * The server's heap unless {@code -Dknotwork.micro.heap} says otherwise: a small clinic's setting
     * (docs/operations.md), measured against 1536 MiB under the load benchmark (docs/performance.md).
     */
    static final String HEAP = "512m";

    private PayaraMicroProcess() {}

    static Process start(Path microJar, Path war, int httpPort, Path rootDirectory) throws IOException {
        requireFree(httpPort);
        Path launcher = MicroRuntime.prepare(microJar, rootDirectory.resolve("runtime"));
        Path instance = rootDirectory.resolve("instance");
        deleteRecursively(instance);
        Files.createDirectories(rootDirectory.resolve("tmp"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("knotwork.micro.heap", HEAP)));
        command.addAll(MicroRuntime.classSharing(launcher));
        // The database settings and the first administrator's password reach the application's MicroProfile
        // Config as system properties.
        for (String key : List.of(
                "knotwork.db.url",
                "knotwork.db.user",
                "knotwork.db.password",
                "knotwork.admin.initial-password",
                "knotwork.timezone")) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-Djava.io.tmpdir=" + rootDirectory.resolve("tmp"));
        command.addAll(List.of(
                "-jar",
                launcher.toString(),
                "--rootdir",
                instance.toString(),
                "--nocluster",
                "--nohazelcast",
                "--port",
                String.valueOf(httpPort),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/"));
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use (is Knotwork already running?). "
                    + "Stop that process or choose another port with -Dknotwork.http.port=...");
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Asks Payara to shut down (it runs its own shutdown hooks, and the first run writes its class archive), insists
     * if it does not within a minute, and keeps the archive only if it was written whole.
     */
    static void stop(Process micro, Path rootDirectory) {
        if (micro.isAlive()) {
            micro.destroy();
            try {
                if (!micro.waitFor(60, TimeUnit.SECONDS)) {
                    micro.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                micro.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        MicroRuntime.keepArchiveIfWhole(rootDirectory.resolve("runtime"), micro);
    }

    static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
