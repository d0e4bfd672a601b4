package org.knotwork.dev;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.knotwork.testing.EmbeddedDatabase;

/**
 * The two-instance drill ({@code ./mvnw -Ptwo-instances package}, docs/operations.md): two Payara Micro instances of
 * the WAR started together on an empty PostgreSQL behind Debian's nginx (round robin, docs/multi-instance/nginx.conf),
 * signed-in users sending load through nginx, one instance killed with SIGKILL and restarted. It fails unless
 * nobody was signed out, no acknowledged write was lost, the audit chain verifies, and the first start made one
 * administrator with one audit line.
 */
public final class TwoInstanceDrill {

    static final String FIRST_PASSWORD = "drill-first-password";
    static final String ADMIN_PASSWORD = "drill-second-password";
    static final String PASSWORD = "drill user password";

    private TwoInstanceDrill() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("knotwork.drill.dir")).toAbsolutePath();
        Path war = Path.of(System.getProperty("knotwork.war"));
        Path micro = Path.of(System.getProperty("knotwork.micro.jar"));
        Path nginxTemplate = Path.of(System.getProperty("knotwork.drill.nginx"));
        Duration load = Duration.ofSeconds(Long.getLong("knotwork.drill.seconds", 30));
        int users = Integer.getInteger("knotwork.drill.users", 8);
        Files.createDirectories(work);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), 0, false)) {
            System.setProperty("knotwork.db.url", database.jdbcUrl());
            System.setProperty("knotwork.db.user", EmbeddedDatabase.USER);
            System.setProperty("knotwork.db.password", EmbeddedDatabase.PASSWORD);
            System.setProperty("knotwork.admin.initial-password", FIRST_PASSWORD);
            int portA = freePort();
            int portB = freePort();
            int balancer = freePort();
            long started = System.nanoTime();
            // Both at once on the empty database: the first-start race the advisory lock settles.
            Process a = PayaraMicroProcess.start(micro, war, portA, work.resolve("a"), work.resolve("a.log"));
            Process b = PayaraMicroProcess.start(micro, war, portB, work.resolve("b"), work.resolve("b.log"));
            Process nginx = Nginx.start(nginxTemplate, work.resolve("nginx"), balancer, portA, portB);
            try {
                URI through = URI.create("http://127.0.0.1:" + balancer + "/");
                Nginx.awaitReady(URI.create("http://127.0.0.1:" + portA + "/"), a, Duration.ofMinutes(5));
                Nginx.awaitReady(URI.create("http://127.0.0.1:" + portB + "/"), b, Duration.ofMinutes(5));
                System.out.printf("Both instances ready after %.0f s%n", (System.nanoTime() - started) / 1e9);
                List<String> report = new ArrayList<>();
                boolean ok = firstStartMadeOneAdministrator(database, work, report);

                DrillLoad drill = DrillLoad.prepare(through, users);
                DrillLoad.Result result = drill.run(load, load.dividedBy(3), () -> {
                    a.destroyForcibly();
                    System.out.println("Killed instance A (SIGKILL), pid " + a.pid());
                });
                report.addAll(result.lines());
                ok &= result.ok();

                long leftover = size(work.resolve("a"));
                Process restarted =
                        PayaraMicroProcess.start(micro, war, portA, work.resolve("a"), work.resolve("a2.log"));
                Nginx.awaitReady(URI.create("http://127.0.0.1:" + portA + "/"), restarted, Duration.ofMinutes(5));
                DrillLoad.Result afterRestart = drill.stillSignedIn();
                report.add(String.format(
                        "| instance A's folder after kill -9 | %.0f MB (Payara's unpacked runtime), emptied by the restart |",
                        leftover / 1e6));
                report.addAll(afterRestart.lines());
                ok &= afterRestart.ok();
                report.addAll(drill.auditVerified());
                ok &= report.stream().noneMatch(line -> line.contains("FAILED"));
                restarted.destroy();
                restarted.waitFor();

                System.out.println();
                System.out.println("| two-instance drill, " + users + " users, " + load.toSeconds() + " s | result |");
                System.out.println("|---|---|");
                report.forEach(System.out::println);
                System.out.println();
                System.out.println(ok ? "TWO-INSTANCE DRILL PASSED" : "TWO-INSTANCE DRILL FAILED");
                if (!ok) {
                    System.exit(1);
                }
            } finally {
                nginx.destroy();
                b.destroy();
                a.destroyForcibly();
                b.waitFor();
            }
        }
    }

    private static boolean firstStartMadeOneAdministrator(EmbeddedDatabase database, Path work, List<String> report)
            throws SQLException, IOException {
        long users;
        long lines;
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            users = count(s, "select count(*) from users");
            lines = count(s, "select count(*) from audit_events where action = 'USER_CREATED'");
        }
        long printed = Stream.of("a.log", "b.log")
                .filter(log -> contains(work.resolve(log), "No users yet: created user admin"))
                .count();
        boolean ok = users == 1 && lines == 1 && printed == 1;
        report.add("| first start of both instances together | " + users + " user, " + lines
                + " 'user created' audit line, created by " + printed + " instance " + (ok ? "(ok)" : "FAILED") + " |");
        return ok;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
