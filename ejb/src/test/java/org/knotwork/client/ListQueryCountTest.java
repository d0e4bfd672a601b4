package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.Page;
import org.knotwork.security.Role;
import org.knotwork.security.User;
import org.knotwork.testing.OnCountedUnit;

/**
 * A list costs the same few queries for one row or a full page: the clients with their contraindications (once an
 * extra query per client), a therapist's own clients, and the users with their roles. Counted with Hibernate's
 * statistics on a real PostgreSQL.
 */
class ListQueryCountTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    @Test
    void aPageOfClientsTakesThreeQueriesForOneClientOrTwenty() {
        String few = "Few" + UUID.randomUUID().toString().substring(0, 6);
        String many = "Many" + UUID.randomUUID().toString().substring(0, 6);
        clients(few, 1);
        clients(many, 20);

        long forOne = statementsFor(em -> search(em, few, 1, null));
        long forTwenty = statementsFor(em -> search(em, many, 20, null));

        assertThat(forTwenty).isEqualTo(forOne).isLessThanOrEqualTo(3);
    }

    @Test
    void aTherapistsOwnClientsCostNoMoreQueries() {
        UUID therapist = UUID.randomUUID();
        unit.database().insertUser(therapist, "t" + therapist.toString().substring(0, 8));
        String own = "Own" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> ids = clients(own, 12);
        inTransaction(
                em -> ids.subList(0, 5).forEach(id -> new TherapistAssignments(em).assign(id, therapist, null, NOW)));

        long queries = statementsFor(em -> search(em, own, 5, therapist));

        assertThat(queries).isLessThanOrEqualTo(3);
    }

    @Test
    void theUsersListTakesTwoQueriesHoweverManyUsers() {
        for (int i = 0; i < 15; i++) {
            inTransaction(em -> em.persist(User.create(
                    "u" + UUID.randomUUID().toString().substring(0, 8),
                    "Someone",
                    "PBKDF2WithHmacSHA256:3072:c2FsdA==:aGFzaA==",
                    EnumSet.of(Role.THERAPIST, Role.OWNER),
                    NOW)));
        }

        long queries = statementsFor(em -> em.createQuery("select u from User u order by u.username", User.class)
                .getResultList()
                .forEach(u -> assertThat(u.roles()).isNotEmpty()));

        assertThat(queries).isLessThanOrEqualTo(2);
    }

    private static void search(EntityManager em, String name, int expected, UUID carer) {
        Page<Client> page = new ClientSearch(em).find(name, 0, 20, false, carer);
        assertThat(page.items()).hasSize(expected);
        page.items().forEach(c -> assertThat(c.contraindications()).isNotEmpty());
    }

    private static List<UUID> clients(String family, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> {
                    Client client = Client.register(
                            ClientFixtures.named(
                                    "Given" + i,
                                    family,
                                    Set.of(Contraindication.ANTICOAGULANTS, Contraindication.FEVER)),
                            NOW,
                            ZoneOffset.UTC);
                    inTransaction(em -> em.persist(client));
                    return client.id();
                })
                .toList();
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        unit.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static long statementsFor(Consumer<EntityManager> work) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            unit.statistics().clear();
            work.accept(em);
            long count = unit.statistics().getPrepareStatementCount();
            em.getTransaction().commit();
            return count;
        } finally {
            em.close();
        }
    }
}
