package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Placement;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.testing.OnCountedUnit;

/**
 * A client's progress read from the migrated schema: signed sessions only, oldest first, thresholds per point and
 * status changes, in the same three queries for two sessions or twenty.
 */
class ProgressQueriesTest extends OnCountedUnit {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();

    @BeforeAll
    static void therapist() {
        unit.database().insertUser(THERAPIST, "jo");
    }

    @Test
    void progressListsSignedSessionsOldestFirstWithThresholdsAndStatusChanges() {
        UUID clientId = clientWithSignedSessions(3);
        inTransaction(em -> {
            Client client = em.find(Client.class, clientId);
            TriggerPoint point = mapOf(em, clientId).get(0);
            Instant later = START.plusSeconds(86400L * 30);
            TreatmentNote draft = TreatmentNote.open(client, THERAPIST, later, later);
            draft.record(THERAPIST, session(List.of(point), 1), new ProtocolPolicy(3, Set.of()), later);
            em.persist(draft);
        });

        inTransaction(em -> {
            ProgressQueries queries = new ProgressQueries(em);
            List<ClientProgress.PainLine> pain = queries.pain(clientId, ClientProgress.SESSIONS);
            assertThat(pain).as("the draft is not drawn").hasSize(3);
            assertThat(pain).extracting(ClientProgress.PainLine::painBefore).containsExactly(7, 6, 5);
            assertThat(pain.get(0).sessionAt()).isBefore(pain.get(2).sessionAt());

            List<ClientProgress.PptLine> thresholds =
                    queries.thresholds(clientId, pain.get(0).sessionAt());
            assertThat(thresholds).hasSize(6);
            assertThat(thresholds.subList(0, 2))
                    .extracting(ClientProgress.PptLine::muscleName)
                    .containsExactlyInAnyOrder("Upper trapezius", "Levator scapulae");
            assertThat(thresholds.get(0).side()).isEqualTo(Side.RIGHT);
            assertThat(thresholds.get(0).beforeKpa()).isEqualTo(200.0);
            assertThat(thresholds.get(4).beforeKpa()).isEqualTo(220.0);

            List<ClientProgress.StatusLine> changes = queries.statusChanges(clientId);
            assertThat(changes)
                    .filteredOn(c -> c.to() == PointStatus.LATENT)
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(c.from()).isEqualTo(PointStatus.ACTIVE));
        });
    }

    @Test
    void progressTakesTheSameThreeQueriesForTwoSessionsOrTwenty() {
        UUID shortHistory = clientWithSignedSessions(2);
        UUID longHistory = clientWithSignedSessions(20);

        long forShort = statementsFor(shortHistory);
        long forLong = statementsFor(longHistory);

        assertThat(forLong).isEqualTo(forShort).isEqualTo(3);
    }

    @Test
    void onlyTheMostRecentSessionsAreRead() {
        UUID clientId = clientWithSignedSessions(5);

        inTransaction(em -> assertThat(new ProgressQueries(em).pain(clientId, 2))
                .extracting(ClientProgress.PainLine::painBefore)
                .containsExactly(4, 3));
    }

    private static long statementsFor(UUID clientId) {
        long[] count = new long[1];
        inTransaction(em -> {
            unit.statistics().clear();
            ProgressQueries queries = new ProgressQueries(em);
            List<ClientProgress.PainLine> pain = queries.pain(clientId, ClientProgress.SESSIONS);
            queries.thresholds(clientId, pain.get(0).sessionAt());
            queries.statusChanges(clientId);
            count[0] = unit.statistics().getPrepareStatementCount();
        });
        return count[0];
    }

    private static void inTransaction(java.util.function.Consumer<EntityManager> work) {
        unit.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Two points; session i starts with pain 7 − i (at least 0) and thresholds 200 + 10·i kPa; the first leaves both latent. */
    private static UUID clientWithSignedSessions(int sessions) {
        UUID[] clientId = new UUID[1];
        inTransaction(em -> {
            Client client = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), START, ZoneOffset.UTC);
            em.persist(client);
            for (String muscle : List.of("UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE")) {
                em.persist(TriggerPoint.chart(
                        client,
                        em.find(Muscle.class, muscle),
                        Side.RIGHT,
                        new Placement(BodyView.POSTERIOR, 0.6, 0.2),
                        PointStatus.ACTIVE,
                        THERAPIST,
                        START));
            }
            clientId[0] = client.id();
        });
        for (int i = 0; i < sessions; i++) {
            int index = i;
            inTransaction(em -> {
                Client client = em.find(Client.class, clientId[0]);
                List<TriggerPoint> points = mapOf(em, clientId[0]);
                Instant at = START.plusSeconds(86400L * 7 * index);
                TreatmentNote note = TreatmentNote.open(client, THERAPIST, at, at);
                note.record(THERAPIST, session(points, index), new ProtocolPolicy(3, Set.of()), at);
                note.sign(THERAPIST, at);
                em.persist(note);
            });
        }
        return clientId[0];
    }

    private static SessionRecord session(List<TriggerPoint> points, int index) {
        List<TreatedPoint> treated = new ArrayList<>();
        for (TriggerPoint point : points) {
            treated.add(new TreatedPoint(
                    point,
                    200.0 + 10 * index,
                    250.0 + 10 * index,
                    index == 0 ? PointStatus.LATENT : null,
                    List.of(
                            new CompressionEpisode(3, null, 60, 2, 2, ReleaseReason.TISSUE_RELEASED),
                            new StretchEpisode("Slow stretch", 30, 2, true, false),
                            new HeatEpisode(HeatModality.HEAT_PACK, 8, true))));
        }
        int pain = Math.max(0, 7 - index);
        return SessionBuilder.session("Neck", pain, treated, "Tender", "Weekly", Math.max(0, pain - 3), Map.of())
                .build();
    }

    /** The points on the client's map as entities, in charted order, for a session to treat. */
    private static List<TriggerPoint> mapOf(EntityManager em, UUID clientId) {
        return em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle where p.client.id = :client"
                                + " and p.enteredInError.at is null order by p.chartedAt, p.id",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                .getResultList();
    }
}
