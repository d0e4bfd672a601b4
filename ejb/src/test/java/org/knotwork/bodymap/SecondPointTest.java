package org.knotwork.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.platform.ConflictException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * A second point on a muscle and side where the client has one still being treated, charted through
 * {@link TriggerPointService} on a real PostgreSQL: refused (409 naming the point) unless the therapist confirms it is
 * another point; a resolved point, or the other side, does not count; of two charts at once the second waits and is
 * refused.
 */
class SecondPointTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID JO = UUID.randomUUID();

    @BeforeAll
    static void therapist() {
        unit.database().insertUser(JO, "jo");
    }

    @Test
    void aSecondPointOnAMuscleAndSideStillTreatedIsRefusedNamingTheFirst() {
        UUID client = client();
        UUID first = unit.inTransaction(em -> chart(em, client, Side.RIGHT, false));

        assertThatThrownBy(() -> unit.inTransaction(em -> chart(em, client, Side.RIGHT, false)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.records()).containsExactly(first))
                .hasMessageContaining("an active point charted Monday 4 May 2026 (id " + first + ")")
                .hasMessageContaining("Upper trapezius (right)")
                .hasMessageContaining("besideStillTreated");
        assertThat(points(client)).isEqualTo(1);
    }

    @Test
    void anotherPointConfirmedOrOnTheOtherSideOrBesideAResolvedOneIsCharted() {
        UUID client = client();
        UUID first = unit.inTransaction(em -> chart(em, client, Side.RIGHT, false));

        unit.inTransaction(em -> chart(em, client, Side.RIGHT, true));
        unit.inTransaction(em -> chart(em, client, Side.LEFT, false));
        assertThat(points(client)).isEqualTo(3);

        UUID left = unit.inTransaction(em -> chart(em, client, Side.LEFT, true));
        unit.inTransaction(em -> {
            em.createQuery(
                            "select p from TriggerPoint p where p.client.id = :client and p.side = :side",
                            TriggerPoint.class)
                    .setParameter("client", client)
                    .setParameter("side", Side.LEFT)
                    .getResultList()
                    .forEach(p -> p.changeStatus(PointStatus.RESOLVED, JO, NOW));
            return null;
        });
        unit.inTransaction(em -> chart(em, client, Side.LEFT, false));
        assertThat(points(client)).isEqualTo(5);
        assertThat(first).isNotEqualTo(left);
    }

    @Test
    void ofTwoChartsAtOnceTheSecondWaitsAndIsRefused() throws Exception {
        UUID client = client();
        CountDownLatch firstCharted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> unit.inTransaction(em -> {
            UUID id = chart(em, client, Side.RIGHT, false);
            firstCharted.countDown();
            try {
                // Holds its transaction open until the second chart is under way (and a moment longer).
                secondStarted.await(10, TimeUnit.SECONDS);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return id;
        }));
        assertThat(firstCharted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return unit.inTransaction(em -> chart(em, client, Side.RIGHT, false));
        });

        UUID charted = first.get(20, TimeUnit.SECONDS);
        assertThat(second)
                .failsWithin(20, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.records()).containsExactly(charted));
        assertThat(points(client)).isEqualTo(1);
    }

    private static UUID client() {
        return unit.inTransaction(em -> {
            Client client = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), NOW, ZoneOffset.UTC);
            em.persist(client);
            return client.id();
        });
    }

    private static UUID chart(EntityManager em, UUID client, Side side, boolean besideStillTreated) {
        PointSpec spec = new PointSpec(
                "UPPER_TRAPEZIUS",
                side,
                BodyView.POSTERIOR,
                side == Side.RIGHT ? 0.6 : 0.4,
                0.2,
                PointStatus.ACTIVE,
                Criteria.notTested(),
                null);
        return service(em).chart(client, spec, besideStillTreated, TriggerPoint::id);
    }

    private static long points(UUID client) {
        return unit.inTransaction(
                em -> em.createQuery("select count(p) from TriggerPoint p where p.client.id = :client", Long.class)
                        .setParameter("client", client)
                        .getSingleResult());
    }

    private static TriggerPointService service(EntityManager em) {
        CurrentUser user = new CurrentUser();
        user.recognise(
                new SignedInUser(UUID.randomUUID(), SessionStep.SIGNED_IN, JO, "jo", "jo", Set.of(Role.THERAPIST)));
        RecordedAudit audit = new RecordedAudit();
        MuscleCatalogue muscles = wired(new MuscleCatalogue(), Map.of("em", em, "audit", audit));
        return wired(
                new TriggerPointService(),
                Map.of(
                        "em",
                        em,
                        "clock",
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        "currentUser",
                        user,
                        "muscles",
                        muscles,
                        "audit",
                        audit));
    }
}
