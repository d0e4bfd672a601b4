package org.knotwork.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.testing.EmbeddedDatabase;

/**
 * The run command's launcher JVM ({@link HandOver#LAUNCHER_JVM}) starts the embedded PostgreSQL on a machine that has
 * never unpacked its binaries: a fresh temporary folder stands for that machine. With the 64 MiB heap it had until
 * 2026-11-30 the first start on a new machine ended in an OutOfMemoryError, and the README's run command with it.
 */
class LauncherJvmTest {

    @Test
    void theLauncherUnpacksAndStartsPostgresOnAMachineThatNeverHad(@TempDir Path machine) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(HandOver.LAUNCHER_JVM);
        command.add("-Djava.io.tmpdir=" + machine.resolve("tmp"));
        command.addAll(List.of("-classpath", System.getProperty("java.class.path"), FirstStart.class.getName()));
        command.add(machine.resolve("data").toString());
        machine.resolve("tmp").toFile().mkdirs();

        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = output(launcher);

        assertThat(launcher.exitValue()).as(output).isZero();
        assertThat(output).contains("PostgreSQL answered");
        assertThat(machine.resolve("tmp").resolve("embedded-pg")).isDirectory();
    }

    private static String output(Process process) throws IOException, InterruptedException {
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** What the launcher does first, alone: unpack, start and stop the embedded PostgreSQL. */
    static final class FirstStart {

        public static void main(String[] args) throws Exception {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0, false)) {
                System.out.println("PostgreSQL answered on port " + database.port());
            }
        }
    }
}
