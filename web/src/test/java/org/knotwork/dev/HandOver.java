package org.knotwork.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The run command without a resident Maven: Maven's JVM (about 450 MB) would otherwise stay up for as long as
 * Knotwork runs, only to wait. When {@code ./mvnw} sets {@value #VARIABLE}, the run profile's launch writes there the
 * command that starts the launcher in a JVM sized for the little it does (it waits, forwards Ctrl-C and stops the
 * database), and exits; {@code mvnw} runs that command in its own place once Maven has exited, so it keeps the
 * terminal and Ctrl-C. Run without {@code mvnw}, the launcher runs inside Maven's exec as before.
 */
final class HandOver {

    static final String VARIABLE = "KNOTWORK_HAND_OVER";

    /**
     * The launcher's JVM: it holds no more than the embedded database's handle, a process and an HTTP client, so one
     * collector thread and the quick compiler are enough. Its heap starts small and stays small on every start but a
     * machine's first: that one unpacks PostgreSQL's binaries, whose xz stream needs a 64 MiB dictionary, and failed
     * with 64 and 96 MiB of heap (LauncherJvmTest). Resident once started: 92 MB with the binaries already unpacked
     * (89 MB with the 64 MiB heap that could not unpack them), 169 MB on a first start (2026-11-30).
     */
    static final List<String> LAUNCHER_JVM = List.of(
            "-Xms8m", "-Xmx128m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

    private HandOver() {}

    static void write(Path script, Class<?> main) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(LAUNCHER_JVM);
        for (String property : System.getProperties().stringPropertyNames()) {
            if (property.startsWith("knotwork.")) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-classpath", System.getProperty("java.class.path"), main.getName()));
        String line = command.stream().map(HandOver::quoted).collect(Collectors.joining(" "));
        Files.writeString(
                script,
                "#!/bin/sh\n# The run command's launcher, written by Maven for mvnw to run once Maven has exited.\n"
                        + "rm -f \"$0\"\nunset " + VARIABLE + "\nexec " + line + "\n");
    }

    /** A word for sh: single-quoted, with each single quote closed, escaped and reopened. */
    static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
