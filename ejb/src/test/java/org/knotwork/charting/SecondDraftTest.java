package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
 * A therapist's second draft of a session with the same client, through {@link NoteService} on a real PostgreSQL: it
 * is refused (409 naming the open draft by id and session time) unless the caller says it is another session, and of
 * two opens at once the second waits for the first and is refused too. A colleague's draft is not the caller's.
 */
class SecondDraftTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID JO = UUID.randomUUID();
    static final UUID SAM = UUID.randomUUID();

    @BeforeAll
    static void therapists() {
        unit.database().insertUser(JO, "jo");
        unit.database().insertUser(SAM, "sam");
    }

    @Test
    void aSecondDraftBesideTheOpenOneIsRefusedNamingIt() {
        UUID client = client();
        UUID first = unit.inTransaction(em -> open(em, JO, client, false));

        assertThatThrownBy(() -> unit.inTransaction(em -> open(em, JO, client, false)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.records()).containsExactly(first))
                .hasMessageContaining("You already have a draft of a session with this client")
                .hasMessageContaining("Monday 4 May 2026 at 09:00")
                .hasMessageContaining(first.toString())
                .hasMessageContaining("besideOpenDraft");
        assertThat(drafts(client)).as("drafts of the client").isEqualTo(1);
    }

    @Test
    void anotherSessionSaidToBeSoIsOpenedBesideTheDraft() {
        UUID client = client();
        unit.inTransaction(em -> open(em, JO, client, false));

        unit.inTransaction(em -> open(em, JO, client, true));

        assertThat(drafts(client)).isEqualTo(2);
    }

    @Test
    void aColleaguesDraftIsNotTheCallersOpenDraft() {
        UUID client = client();
        unit.inTransaction(em -> open(em, SAM, client, false));

        unit.inTransaction(em -> open(em, JO, client, false));

        assertThat(drafts(client)).isEqualTo(2);
    }

    @Test
    void ofTwoOpensAtOnceTheSecondWaitsAndIsRefused() throws Exception {
        UUID client = client();
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> unit.inTransaction(em -> {
            UUID id = open(em, JO, client, false);
            firstOpened.countDown();
            try {
                // Holds its transaction open until the second open is under way (and a moment longer).
                secondStarted.await(10, TimeUnit.SECONDS);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return id;
        }));
        assertThat(firstOpened.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> {
            secondStarted.countDown();
            return unit.inTransaction(em -> open(em, JO, client, false));
        });

        UUID opened = first.get(20, TimeUnit.SECONDS);
        assertThat(second)
                .failsWithin(20, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.records()).containsExactly(opened));
        assertThat(drafts(client)).isEqualTo(1);
    }

    private static UUID client() {
        return unit.inTransaction(em -> {
            Client client = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), NOW, ZoneOffset.UTC);
            em.persist(client);
            return client.id();
        });
    }

    private static UUID open(EntityManager em, UUID therapist, UUID client, boolean besideOpenDraft) {
        NoteInput input = new NoteInput(
                NOW, "Neck", 6, List.of(), null, null, null, Map.of(), HomeCare.NONE, null, List.of(), null);
        return service(em, therapist).open(client, input, besideOpenDraft, TreatmentNote::id);
    }

    private static long drafts(UUID client) {
        return unit.inTransaction(
                em -> em.createQuery("select count(n) from TreatmentNote n where n.client.id = :client", Long.class)
                        .setParameter("client", client)
                        .getSingleResult());
    }

    private static NoteService service(EntityManager em, UUID therapist) {
        CurrentUser user = new CurrentUser();
        user.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, therapist, "jo", "jo", Set.of(Role.THERAPIST)));
        return wired(
                new NoteService(),
                Map.of(
                        "em",
                        em,
                        "clock",
                        Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC),
                        "currentUser",
                        user,
                        "audit",
                        new RecordedAudit()));
    }
}
