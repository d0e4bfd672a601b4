package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.security.AuditTestDatabase.CLIENT;
import static org.knotwork.security.AuditTestDatabase.JO;
import static org.knotwork.security.AuditTestDatabase.as;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.platform.Page;

/**
 * The audit trail in the migrated schema, written by the same code {@link AuditTrail} runs: one unbroken chain, also
 * with concurrent writers and over several pages, and listed by period, user and client.
 */
class AuditTrailPersistenceTest {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID SAM = UUID.randomUUID();

    @TempDir
    static Path dataDirectory;

    static AuditTestDatabase trail;

    @BeforeAll
    static void start() {
        trail = AuditTestDatabase.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        trail.close();
    }

    @BeforeEach
    void startANewChain() throws SQLException {
        trail.emptyTheTrail();
    }

    @Test
    void linesAppendedOneAfterAnotherFormAnIntactChain() {
        List<AuditEvent> lines = trail.appendSeveral(5);

        assertThat(lines.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).prevHash()).isEqualTo(lines.get(i - 1).hash());
            assertThat(lines.get(i).id()).isGreaterThan(lines.get(i - 1).id());
        }
        assertThat(trail.verify()).isEqualTo(new AuditVerification(5, true, null, null));
    }

    @Test
    void aBatchOfLinesJoinsTheChainInTheOrderGiven() {
        trail.appendSeveral(2);
        List<AuditLine> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(new AuditLine(
                    MAY_4.plusSeconds(i),
                    as(i % 2 == 0 ? JO : SAM, "user " + i),
                    AuditAction.READ,
                    "client",
                    CLIENT.toString(),
                    CLIENT,
                    AuditOutcome.SUCCESS,
                    "line " + i));
        }

        List<AuditEvent> written = trail.inTransaction(em -> new AuditLedger(em).appendAll(batch));

        assertThat(written)
                .extracting(AuditEvent::detail)
                .containsExactly("line 0", "line 1", "line 2", "line 3", "line 4", "line 5");
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).id()).isEqualTo(written.get(i - 1).id() + 1);
            assertThat(written.get(i).prevHash()).isEqualTo(written.get(i - 1).hash());
        }
        assertThat(trail.verify()).isEqualTo(new AuditVerification(8, true, null, null));
    }

    @Test
    void aBatchWaitsForTheDiskWhenAnyOfItsLinesMust() {
        List<AuditLine> reads = List.of(line(AuditAction.READ), line(AuditAction.HANDOUT_PREVIEWED));
        List<AuditLine> readsAndASignIn =
                List.of(line(AuditAction.READ), line(AuditAction.LOGIN), line(AuditAction.READ));

        assertThat(synchronousCommitAfterAppending(reads)).isEqualTo("off");
        assertThat(synchronousCommitAfterAppending(readsAndASignIn)).isEqualTo("on");
        assertThat(trail.verify()).isEqualTo(new AuditVerification(5, true, null, null));
    }

    @Test
    void concurrentRequestsSharingBatchesStillProduceOneUnbrokenChain() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(AuditTrail.MAX_BATCH);
        int requests = 8;
        int linesEach = 25;
        ExecutorService callers = Executors.newFixedThreadPool(requests);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < requests; r++) {
                int request = r;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < linesEach; i++) {
                        AuditLine line = new AuditLine(
                                MAY_4,
                                as(JO, "jo"),
                                AuditAction.READ,
                                "client",
                                CLIENT.toString(),
                                CLIENT,
                                AuditOutcome.SUCCESS,
                                request + "/" + i);
                        batches.submit(line, batch -> trail.inTransaction(em -> new AuditLedger(em).appendAll(batch)));
                    }
                }));
            }
            for (Future<?> caller : done) {
                caller.get();
            }
        } finally {
            callers.shutdown();
        }

        assertThat(trail.verify()).isEqualTo(new AuditVerification(requests * linesEach, true, null, null));
        List<String> details = trail.inTransaction(
                em -> em.createQuery("select e.detail from AuditEvent e order by e.id", String.class)
                        .getResultList());
        for (int r = 0; r < requests; r++) {
            String prefix = r + "/";
            assertThat(details.stream().filter(detail -> detail.startsWith(prefix)))
                    .as("each request's lines, in the order it recorded them")
                    .containsExactly(IntStream.range(0, linesEach)
                            .mapToObj(i -> prefix + i)
                            .toArray(String[]::new));
        }
    }

    private static AuditLine line(AuditAction action) {
        return new AuditLine(
                MAY_4, as(JO, "jo"), action, "client", CLIENT.toString(), CLIENT, AuditOutcome.SUCCESS, null);
    }

    private static String synchronousCommitAfterAppending(List<AuditLine> lines) {
        return trail.inTransaction(em -> {
            em.createNativeQuery("set local synchronous_commit = on").executeUpdate();
            new AuditLedger(em).appendAll(lines);
            return (String) em.createNativeQuery("select current_setting('synchronous_commit')")
                    .getSingleResult();
        });
    }

    @Test
    void storedLinesReadBackWithTheHashTheyWereWrittenWith() {
        AuditEvent written = trail.append(
                as(null, "anonymous"),
                AuditAction.LOGIN_FAILED,
                "user",
                "nobody",
                null,
                AuditOutcome.FAILED,
                "Unknown username");

        AuditEvent read = trail.inTransaction(em -> em.find(AuditEvent.class, written.id()));

        assertThat(read.actorId()).isNull();
        assertThat(read.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(read.hash()).isEqualTo(written.hash());
        assertThat(read.contentMatchesHash()).isTrue();
    }

    @Test
    void theDatabaseAcceptsEveryActionTheTrailKnows() {
        // Features add actions to the enum and to the table's check constraint in their own migrations.
        for (AuditAction action : AuditAction.values()) {
            trail.append(MAY_4, as(JO, "jo"), action, CLIENT);
        }

        assertThat(trail.verify()).isEqualTo(new AuditVerification(AuditAction.values().length, true, null, null));
    }

    @Test
    void onlyLinesThatAreAllTheirRequestWritesWaitForTheDisk() {
        assertThat(synchronousCommitAfterAppending(AuditAction.READ)).isEqualTo("off");
        assertThat(synchronousCommitAfterAppending(AuditAction.AUDIT_VERIFIED)).isEqualTo("off");
        // A change's own commit comes after its line and flushes both.
        assertThat(synchronousCommitAfterAppending(AuditAction.SIGN)).isEqualTo("off");
        assertThat(synchronousCommitAfterAppending(AuditAction.LOGIN)).isEqualTo("on");
        assertThat(synchronousCommitAfterAppending(AuditAction.LOGIN_FAILED)).isEqualTo("on");
        assertThat(synchronousCommitAfterAppending(AuditAction.REFUSED_REQUEST)).isEqualTo("on");
        assertThat(trail.verify().intact()).isTrue();
    }

    private static String synchronousCommitAfterAppending(AuditAction action) {
        return trail.inTransaction(em -> {
            // As in production; the throw-away test database does not wait for the disk at all.
            em.createNativeQuery("set local synchronous_commit = on").executeUpdate();
            new AuditLedger(em)
                    .append(
                            MAY_4,
                            as(JO, "jo"),
                            action,
                            "client",
                            CLIENT.toString(),
                            CLIENT,
                            AuditOutcome.SUCCESS,
                            null);
            return (String) em.createNativeQuery("select current_setting('synchronous_commit')")
                    .getSingleResult();
        });
    }

    @Test
    void concurrentWritersStillProduceOneUnbrokenChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(writers.submit(() -> trail.appendSeveral(15)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(trail.verify()).isEqualTo(new AuditVerification(60, true, null, null));
    }

    @Test
    void aChainLongerThanOnePageIsVerifiedPageByPage() throws SQLException {
        int count = AuditLedger.VERIFY_PAGE_SIZE * 2 + 7;
        List<AuditEvent> lines = trail.inTransaction(em -> {
            List<AuditEvent> appended = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                appended.add(new AuditLedger(em)
                        .append(
                                MAY_4.plusSeconds(i),
                                as(JO, "jo"),
                                AuditAction.READ,
                                "client",
                                CLIENT.toString(),
                                CLIENT,
                                AuditOutcome.SUCCESS,
                                "line " + i));
            }
            return appended;
        });
        assertThat(trail.verify().rowsChecked()).isEqualTo(count);

        long late = lines.get(count - 3).id();
        trail.asSuperuser("update audit_events set detail = 'quietly changed' where id = " + late);

        assertThat(trail.verify().firstBrokenId()).isEqualTo(late);
    }

    @Test
    void linesAreListedNewestFirstByPeriodUserAndClient() {
        UUID otherClient = UUID.randomUUID();
        trail.append(MAY_4, as(JO, "jo"), AuditAction.READ, CLIENT);
        trail.append(MAY_4.plusSeconds(60), as(SAM, "sam"), AuditAction.UPDATE, CLIENT);
        trail.append(MAY_4.plusSeconds(120), as(JO, "jo"), AuditAction.READ, otherClient);
        trail.append(MAY_4.plusSeconds(180), as(JO, "jo"), AuditAction.CREATE, CLIENT);

        Page<AuditEvent> all = trail.list(null, null, null, null);
        Page<AuditEvent> josLines = trail.list(null, null, JO, null);
        Page<AuditEvent> aboutClient = trail.list(null, null, null, CLIENT);
        Page<AuditEvent> firstTwoMinutes = trail.list(MAY_4, MAY_4.plusSeconds(120), null, null);
        Page<AuditEvent> josOnClient = trail.list(null, null, JO, CLIENT);

        assertThat(all.items()).extracting(AuditEvent::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.total()).isEqualTo(4);
        assertThat(josLines.items())
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CREATE, AuditAction.READ, AuditAction.READ);
        assertThat(aboutClient.total()).isEqualTo(3);
        assertThat(firstTwoMinutes.items())
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.READ);
        assertThat(josOnClient.items())
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CREATE, AuditAction.READ);
        Page<AuditEvent> secondPage = trail.inTransaction(em -> new AuditLedger(em).list(null, null, null, null, 1, 3));
        assertThat(secondPage.items())
                .singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(MAY_4));
    }
}
