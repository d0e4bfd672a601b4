package org.knotwork.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Payara Micro's runtime unpacked once, with a launcher whose class path is plain jars ({@code --outputlauncher}), and
 * the class-data-sharing archive of its classes. The JVM can share only classes it loaded from a plain class path, so
 * the archive needs that launcher; it belongs to one JDK, so its name carries the JDK's version.
 */
final class MicroRuntime {

    private MicroRuntime() {}

    /** The launcher in {@code folder}, unpacked anew when the Payara Micro jar is newer than it. */
    static Path prepare(Path microJar, Path folder) throws IOException {
        Path launcher = folder.resolve("launch-micro.jar");
        if (Files.exists(launcher)
                && Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(microJar)) >= 0) {
            return launcher;
        }
        PayaraMicroProcess.deleteRecursively(folder);
        Files.createDirectories(folder);
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Process unpack = new ProcessBuilder(
                            java, "-jar", microJar.toString(), "--rootdir", folder.toString(), "--outputlauncher")
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("outputlauncher.log").toFile())
                    .start();
            if (unpack.waitFor() != 0 || !Files.exists(launcher)) {
                throw new IllegalStateException(
                        "Payara Micro could not unpack its runtime into " + folder + "; see outputlauncher.log there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Payara Micro unpacked its runtime", e);
        }
        return launcher;
    }

    /** Use the archive when there is one; otherwise write it (under a temporary name) when this run exits. */
    static List<String> classSharing(Path launcher) {
        Path archive = archive(launcher.getParent());
        if (Files.exists(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of("-XX:ArchiveClassesAtExit=" + writing(archive), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** A run that was stopped in time has written its archive whole; one that was killed may have left half of it. */
    static void keepArchiveIfWhole(Path folder, Process micro) {
        Path archive = archive(folder);
        Path written = writing(archive);
        try {
            if (Files.exists(written)) {
                if (!micro.isAlive() && micro.exitValue() != 137 && Files.size(written) > 0) {
                    PayaraMicroProcess.move(written, archive);
                } else {
                    Files.delete(written);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep Payara Micro's class archive " + archive, e);
        }
    }

    private static Path archive(Path folder) {
        return folder.resolve("classes-jdk-" + Runtime.version().feature() + "."
                + Runtime.version().interim() + "." + Runtime.version().update() + ".jsa");
    }

    private static Path writing(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".writing");
    }
}
