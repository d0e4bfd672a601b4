package org.knotwork.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro in its own JVM, exactly as in production ({@code java -jar payara-micro.jar --addlibs lib --deploy
 * knotwork.war}).
 * A separate process keeps the launcher's class path (Jakarta API jars, test libraries) out of the server.
 */
final class PayaraMicroProcess {

    /**
     * The server's heap unless {@code -Dknotwork.micro.heap} says otherwise: a small clinic's setting
     * (docs/operations.md).
     */
    static final String HEAP = "512m";

    /**
     * The server's collector unless {@code -Dknotwork.micro.gc} names another: on two cores and a heap this small the
     * serial collector cost no more CPU per request, measured, and leaves out G1's own structures and threads, about
     * 120 MB of the server's resident memory under the load benchmark (docs/performance.md, "Under load").
     */
    static final String COLLECTOR = "-XX:+UseSerialGC";

    private PayaraMicroProcess() {}

    static Process start(Path microJar, Path war, int httpPort, Path rootDirectory) throws IOException {
        return start(microJar, war, httpPort, rootDirectory, null);
    }

    /**
     * The same, with its output in {@code log} instead of this console (null: this console). Payara Micro unpacks
     * its runtime (about 160 MB) into its temp folder and a killed process never removes it; the temp folder is
     * inside {@code rootDirectory}, which is emptied here at every start, so a crash loop cannot fill the disk.
     */
    static Process start(Path microJar, Path war, int httpPort, Path rootDirectory, Path log) throws IOException {
        requireFree(httpPort);
        // Micro redeploys whatever its root folder remembers; a fresh folder means one deployment per start. (Its
        // --outputlauncher runtime, which would let the JVM share the runtime's classes from an archive, insists on
        // its own root folder, which remembers deployments: see docs/performance.md, "Start-up".)
        deleteRecursively(rootDirectory);
        Files.createDirectories(rootDirectory);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(
                List.of(java, "-Xmx" + setting("knotwork.micro.heap", HEAP), setting("knotwork.micro.gc", COLLECTOR)));
        // The database settings, the first administrator's password and the clinic's zone reach the application's
        // MicroProfile Config as system properties.
        for (String key : List.of(
                "knotwork.db.url",
                "knotwork.db.user",
                "knotwork.db.password",
                "knotwork.admin.initial-password",
                "knotwork.timezone",
                "knotwork.session.idle-seconds")) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        // Extra options for Micro's JVM, for measuring its start (docs/performance.md, "Start-up"), e.g.
        // -Dknotwork.micro.options=-XX:StartFlightRecording=filename=start.jfr
        String options = System.getProperty("knotwork.micro.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        // A clinic's server tells nobody it is running: Hazelcast (inside Micro even without clustering) would report
        // its use to hazelcast.com at start, and Payara its own usage (--disablephonehome below).
        command.add("-Dhazelcast.phone.home.enabled=false");
        command.add("-Djava.io.tmpdir=" + rootDirectory.resolve("tmp"));
        Files.createDirectories(rootDirectory.resolve("tmp"));
        command.addAll(List.of(
                "-jar",
                microJar.toString(),
                "--nocluster",
                "--disablephonehome",
                // The HTTP listener's settings: no Server header, TRACE answered by Knotwork, room for large headers.
                "--prebootcommandfile",
                preBootCommands(),
                // The libraries beside the WAR, not inside it (web/pom.xml, docs/operations.md).
                "--addlibs",
                libraries(),
                "--port",
                String.valueOf(httpPort),
                "--rootdir",
                rootDirectory.resolve("instance").toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/"));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            return builder.inheritIO().start();
        }
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use (is Knotwork already running?). "
                    + "Stop that process or choose another port with -Dknotwork.http.port=...");
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Asks Payara to shut down (it runs its own shutdown hooks), and insists if it does not within 30 s. */
    static void stop(Process micro) {
        if (!micro.isAlive()) {
            return;
        }
        micro.destroy();
        try {
            if (!micro.waitFor(30, TimeUnit.SECONDS)) {
                micro.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            micro.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The listener's settings file, given by the Maven profile as an absolute path: a relative one depends on where Maven runs. */
    private static String preBootCommands() {
        String file = System.getProperty("knotwork.micro.preboot");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("Payara Micro's pre-boot commands were not found (-Dknotwork.micro.preboot="
                    + file + "); start this through its Maven profile");
        }
        return file;
    }

    /** The WAR's libraries folder (target/lib), given by the Maven profile like the pre-boot commands. */
    private static String libraries() {
        String folder = System.getProperty("knotwork.micro.libs");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            throw new IllegalStateException("The WAR's libraries folder was not found (-Dknotwork.micro.libs=" + folder
                    + "); start this through its Maven profile");
        }
        return folder;
    }

    /** A setting given as a system property, or its default when the property is missing or left empty. */
    private static String setting(String property, String fallback) {
        String value = System.getProperty(property, "").strip();
        return value.isEmpty() ? fallback : value;
    }
}
