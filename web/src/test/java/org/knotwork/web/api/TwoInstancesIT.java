package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.web.api.SecurityIT.assertProblem;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of Knotwork against one database, as behind a load balancer that is not sticky: a session and a
 * lock-out belong to the database, not to an instance. The second instance ({@link SecondInstance}) has short
 * session time-outs and a short database socket time-out, which the time-out and fault tests use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoInstancesIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    static SecondInstance second;

    @BeforeAll
    static void startTheSecondInstance() {
        second = SecondInstance.start();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aUserSignedInOnOneInstanceIsSignedInOnTheOtherAndSignsOutOfBoth() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api first = new Api(deployment);
        first.signIn(username, Staff.PASSWORD);
        Api other = first.at(onTheSameHost(second.url));

        for (int request = 0; request < 10; request++) {
            Api instance = request % 2 == 0 ? first : other;
            assertThat(instance.get("api/clients").status())
                    .as("request " + request)
                    .isEqualTo(200);
        }
        assertThat(other.delete("api/session").status()).isEqualTo(204);

        assertProblem(first.get("api/clients"), 401);
    }

    @Test
    void wrongPasswordsOnBothInstancesCountTowardsOneLockForRealAndUnknownNames() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api first = new Api(deployment);
        Api other = first.at(onTheSameHost(second.url));

        for (String name : List.of(username, "nobody-" + username)) {
            assertThat(first.signIn(name, "wrong one").json().getString("detail"))
                    .contains("not right");
            assertThat(other.signIn(name, "wrong two").json().getString("detail"))
                    .contains("not right");
            assertThat(first.signIn(name, "wrong three").json().getString("detail"))
                    .as(name + ": the third failure, on either instance, locks (limit 3)")
                    .contains("locked");
            assertThat(other.signIn(name, Staff.PASSWORD).json().getString("detail"))
                    .contains("locked");
        }
    }

    @Test
    void aSessionEndsAfterItsIdleTimeOutAndAtItsAbsoluteOneHoweverBusy() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api idle = new Api(second.url);
        Api.Reply signedIn = idle.signIn(username, Staff.PASSWORD);
        assertThat(signedIn.json().getJsonNumber("idleTimeoutSeconds").longValue())
                .isEqualTo(SecondInstance.IDLE_SECONDS);
        SecondInstance.sleep(Duration.ofSeconds(SecondInstance.IDLE_SECONDS + 1));
        assertProblem(idle.get("api/session"), 401);

        Api busy = new Api(second.url);
        busy.signIn(username, Staff.PASSWORD);
        long started = System.nanoTime();
        int answered = 0;
        while (Duration.ofNanos(System.nanoTime() - started).toSeconds() < SecondInstance.ABSOLUTE_SECONDS - 1) {
            Api.Reply stillIn = busy.get("api/session");
            assertThat(stillIn.status())
                    .as("each request moves the idle clock on")
                    .isEqualTo(200);
            answered++;
            SecondInstance.sleep(Duration.ofMillis(1500));
        }
        SecondInstance.sleep(Duration.ofSeconds(2));
        assertThat(answered).isGreaterThan(3);
        assertProblem(busy.get("api/session"), 401);
    }

    @Test
    void aFrozenDatabaseIsAnswered503WithinTheSocketTimeOutAndReadOnlyOneIsNotReady() throws Exception {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api therapist = new Api(second.url);
        therapist.signIn(username, Staff.PASSWORD);
        List<Long> frozen = postgresProcesses();

        Api.Reply answer;
        long took;
        signal("STOP", frozen);
        // Whatever happens to the request, the database thaws after 30 s: other tests share it.
        ScheduledExecutorService thaw = Executors.newSingleThreadScheduledExecutor();
        thaw.schedule(() -> signal("CONT", frozen), 30, TimeUnit.SECONDS);
        try {
            long started = System.nanoTime();
            answer = therapist.get("api/clients");
            took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        } finally {
            signal("CONT", frozen);
            thaw.shutdownNow();
        }

        assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(took)
                .as(
                        "answered within the socket time-out (%d s) and the pool's wait, not after the freeze",
                        SecondInstance.SOCKET_TIMEOUT_SECONDS)
                .isLessThan(SecondInstance.SOCKET_TIMEOUT_SECONDS * 1000 + 4000);
        System.out.println("A frozen database was answered 503 after " + took + " ms");
        awaitReady(therapist);
        // The freeze outlasted this instance's three-second idle time-out: sign in again.
        therapist.signIn(username, Staff.PASSWORD);
        assertThat(therapist.get("api/clients").status())
                .as("back once the database is")
                .isEqualTo(200);

        try (Connection superuser = superuser();
                Statement sql = superuser.createStatement()) {
            sql.execute("alter system set default_transaction_read_only = on");
            sql.execute("select pg_reload_conf()");
            try {
                SecondInstance.sleep(Duration.ofMillis(500));
                Api.Reply ready = therapist.get("health/ready");
                assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
                assertThat(ready.body()).contains("read-only");
                assertProblem(therapist.post("api/clients", ClientApiIT.client("Ada", "Readonly")), 503);
            } finally {
                sql.execute("alter system reset default_transaction_read_only");
                sql.execute("select pg_reload_conf()");
            }
        }
        awaitReady(therapist);
    }

    /**
     * The second instance under the host name the deployment's URL uses (Arquillian may name the machine other than
     * "localhost"): a browser's cookie belongs to a host, whatever the port, like a load balancer's single name.
     */
    private URL onTheSameHost(URL instance) {
        try {
            return new URL(deployment.getProtocol(), deployment.getHost(), instance.getPort(), "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady(Api api) {
        for (int attempt = 0; attempt < 40 && api.get("health/ready").status() != 200; attempt++) {
            SecondInstance.sleep(Duration.ofMillis(250));
        }
    }

    /** The embedded PostgreSQL of the test run (IntegrationTestDatabase) and every process it started. */
    private static List<Long> postgresProcesses() throws IOException {
        Path pidFile = Path.of(System.getProperty("java.io.tmpdir"), "it-postgres", "postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private static Void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Connection superuser() throws SQLException {
        String url = System.getProperty("knotwork.it.db.url").replaceFirst("/knotwork(\\?|$)", "/postgres$1");
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
