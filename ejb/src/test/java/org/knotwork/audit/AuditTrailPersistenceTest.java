package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.audit.AuditTestDatabase.CLIENT;
import static org.knotwork.audit.AuditTestDatabase.JO;
import static org.knotwork.audit.AuditTestDatabase.as;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.Page;

/**
 * The audit trail's chain in the migrated schema, appended by the same code the sealer runs: one unbroken chain, also
 * with concurrent writers and over several pages, and listed by period, user and client.
 */
class AuditTrailPersistenceTest extends FreshAuditTrail {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID SAM = UUID.randomUUID();

    @Test
    void linesAppendedOneAfterAnotherFormAnIntactChain() {
        List<AuditEvent> lines = trail.appendSeveral(5);

        assertThat(lines.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).prevHash()).isEqualTo(lines.get(i - 1).hash());
            assertThat(lines.get(i).id()).isGreaterThan(lines.get(i - 1).id());
        }
        assertIntact(5);
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
        assertIntact(8);
    }

    private static void assertIntact(long lines) {
        AuditVerification verification = trail.verify();
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(lines);
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

        assertIntact(AuditAction.values().length);
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

        assertIntact(60);
    }

    @Test
    void aChainLongerThanOnePageIsVerifiedPageByPage() throws SQLException {
        int count = ChainVerification.PAGE_SIZE * 2 + 7;
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
