package org.knotwork.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A run that was killed (not stopped with Ctrl-C) leaves its PostgreSQL running on the data folder, and a new one
 * cannot start there. That server is ours, so it is asked to shut down before the next start.
 */
final class LeftoverPostgres {

    private LeftoverPostgres() {}

    static void stopIfRunning(Path dataDirectory) throws Exception {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postgres = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (postgres.isPresent() && postgres.get().isAlive()) {
            System.out.println("Stopping the PostgreSQL left running by an earlier run (pid " + lines.get(0) + ")");
            postgres.get().destroy();
            postgres.get().onExit().get(30, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }
}
