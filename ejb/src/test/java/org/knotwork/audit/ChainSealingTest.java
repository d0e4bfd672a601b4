package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import jakarta.transaction.Status;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Lines are written in the transaction of what they record and chained afterwards by the sealer: a line exists exactly
 * when its transaction committed, joins the chain once, and the chain stays whole with changes and sealers running at
 * the same time. A rolled-back transaction's lines come back as failed.
 */
class ChainSealingTest extends FreshAuditTrail {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");

    static AuditLine change(String detail) {
        return new AuditLine(
                MAY_4,
                as(JO, "jo"),
                AuditAction.UPDATE,
                "CLIENT",
                CLIENT.toString(),
                CLIENT,
                AuditOutcome.SUCCESS,
                detail);
    }

    @Test
    void onlyLinesWhoseTransactionCommittedAreChained() {
        for (int i = 0; i < 20; i++) {
            trail.writeWaiting(change("save " + i), i % 2 == 0);
        }

        int sealed = trail.seal(true);

        assertThat(sealed).isEqualTo(10);
        assertThat(details())
                .containsExactly(
                        "save 0", "save 2", "save 4", "save 6", "save 8", "save 10", "save 12", "save 14", "save 16",
                        "save 18");
        assertThat(trail.count("select count(*) from audit_pending")).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void moreLinesThanOneBatchAreChainedInTheOrderTheyWereWritten() {
        int count = 23;
        for (int i = 0; i < count; i++) {
            trail.writeWaiting(change(String.valueOf(i)), true);
        }

        assertThat(trail.seal(false, 5)).as("five batches of at most five").isEqualTo(count);

        assertThat(details())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(trail.verify().rowsChecked()).isEqualTo(count);
    }

    @Test
    void changesAndSealersAtTheSameTimeChainExactlyTheCommittedLines() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sealers = new ArrayList<>();
            for (boolean waits : new boolean[] {true, false}) {
                sealers.add(threads.submit(() -> {
                    while (writing.get()) {
                        trail.seal(waits);
                    }
                }));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String detail = writer + "/" + i;
                        boolean commit = ThreadLocalRandom.current().nextInt(4) != 0;
                        trail.writeWaiting(change(detail), commit);
                        if (commit) {
                            committed.add(detail);
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> sealer : sealers) {
                sealer.get();
            }
        } finally {
            threads.shutdown();
        }
        trail.seal(true);

        assertThat(details()).as("each committed line once, no other").containsExactlyInAnyOrderElementsOf(committed);
        AuditVerification verification = trail.verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(committed.size());
    }

    @Test
    void aRolledBackTransactionsLinesAreWrittenAgainAsFailed() {
        RolledBackLines rolledBack = new RolledBackLines(trail.ownTransactions());
        rolledBack.add(change("moved the point"));
        RolledBackLines committed = new RolledBackLines(trail.ownTransactions());
        committed.add(change("kept"));

        rolledBack.afterCompletion(Status.STATUS_ROLLEDBACK);
        committed.afterCompletion(Status.STATUS_COMMITTED);
        trail.seal(true);

        List<AuditEvent> lines = trail.inTransaction(em ->
                em.createQuery("select e from AuditEvent e", AuditEvent.class).getResultList());
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(line.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(line.recordId()).isEqualTo(CLIENT.toString());
            assertThat(line.detail()).isEqualTo(RolledBackLines.PREFIX + ": moved the point");
        });
    }

    @Test
    void linesLeftWaitingTooLongAreCounted() throws SQLException {
        trail.writeWaiting(change("fresh"), true);
        trail.writeWaiting(change("stuck"), true);
        trail.asSuperuser("update audit_pending set recorded_at = recorded_at - interval '5 minutes'"
                + " where detail = 'stuck'");

        WaitingAuditLines.Backlog backlog;
        try (var c = trail.applicationConnection()) {
            backlog = WaitingAuditLines.backlog(c, Duration.ofSeconds(30));
        }

        assertThat(backlog.waiting()).isEqualTo(2);
        assertThat(backlog.overdue()).isEqualTo(1);
        assertThat(backlog.oldestRecordedAt()).isBefore(Instant.now().minusSeconds(240));
    }

    @Test
    void theApplicationCannotChangeAWaitingLine() {
        trail.writeWaiting(change("as recorded"), true);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> trail.asApplication("update audit_pending set detail = 'changed'"))
                .hasMessageContaining("permission denied");
    }

    private static List<String> details() {
        return trail.inTransaction(em -> em.createQuery("select e.detail from AuditEvent e order by e.id", String.class)
                .getResultList());
    }
}
