package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.RecordedLooks;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MappedPoint;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Placement;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.testing.CountedUnit;

/**
 * Opening a chart and a note costs a fixed number of queries however long the client's history, and saving a
 * session a fixed number of statements however many episodes it has (inserts are batched): counted with
 * Hibernate's statistics, for a client with one session and for one with thirty.
 */
class ChartQueryCountTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();
    static final List<String> MUSCLES = List.of("UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE", "INFRASPINATUS", "RHOMBOIDS");

    @TempDir
    static Path dataDirectory;

    static CountedUnit unit;

    @BeforeAll
    static void start() {
        unit = CountedUnit.start(dataDirectory, Map.of("hibernate.jdbc.batch_size", "50"));
        unit.database().insertUser(THERAPIST, "jo");
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @Test
    void openingAChartTakesTwoStatementsForOneSessionOrThirtyItsLookIncluded() {
        UUID shortHistory = clientWithSessions(1, 1);
        UUID longHistory = clientWithSessions(30, 4);

        long forShort = statementsFor(em -> open(em, shortHistory));
        long forLong = statementsFor(em -> open(em, longHistory));

        // Three before 2026-11-30 14:13: the sessions and the look's audit line were a statement each.
        assertThat(forLong)
                .as("the client with their contraindications, the settings and the points; then the sessions with the"
                        + " look's audit line")
                .isEqualTo(forShort)
                .isEqualTo(2);
    }

    @Test
    void theChartsLookIsRecordedAlsoForAClientWithNoSessionYet() {
        UUID clientId = registered(Set.of());
        long before = unit.inTransaction(em -> auditLinesOf(em, clientId));

        List<NoteSummary> sessions = unit.inTransaction(em -> recentNotes(em, clientId));

        assertThat(sessions).isEmpty();
        long after = unit.inTransaction(em -> auditLinesOf(em, clientId));
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void theChartsSessionListIsNewestFirstWithEachNotesDeviations() {
        UUID clientId = clientWithSessions(12, 2);

        List<NoteSummary> sessions = unit.inTransaction(em -> recentNotes(em, clientId));

        assertThat(sessions).hasSize(ClientChart.RECENT_NOTES);
        assertThat(sessions)
                .extracting(NoteSummary::sessionAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(sessions).allSatisfy(n -> {
            assertThat(n.therapistName()).isEqualTo("jo");
            assertThat(n.deviations()).isEqualTo(2);
            assertThat(n.painBefore()).isEqualTo(6);
        });
    }

    @Test
    void aChartFindsEachPointOnTheMapOnceInChartedOrderBesideEveryContraindication() {
        UUID clientId = registered(Set.of(Contraindication.ANTICOAGULANTS, Contraindication.IMPAIRED_SENSATION));
        List<UUID> charted = chartPoints(clientId, 3);
        markedInError(charted.get(1));
        List<Object> found = new ArrayList<>();

        long statements = statementsFor(em -> {
            ChartQueries.ClientWithPoints chart = new ChartQueries(em).clientWithPoints(clientId);
            found.add(chart);
            found.add(PracticeSettingsService.current(em));
            chart.points().forEach(p -> assertThat(p.muscleName()).isNotBlank());
        });

        ChartQueries.ClientWithPoints chart = (ChartQueries.ClientWithPoints) found.get(0);
        assertThat(statements).isEqualTo(1);
        assertThat(chart.client().contraindications())
                .containsExactlyInAnyOrder(Contraindication.ANTICOAGULANTS, Contraindication.IMPAIRED_SENSATION);
        assertThat(chart.points()).extracting(MappedPoint::id).containsExactly(charted.get(0), charted.get(2));
        assertThat(((PracticeSettings) found.get(1)).pressureUnit()).isNotNull();
    }

    @Test
    void aChartBuildsNoEntityForItsPointsOrTheirMuscles() {
        UUID clientId = registered(Set.of(Contraindication.ANTICOAGULANTS));
        chartPoints(clientId, 3);
        long[] loaded = new long[1];

        statementsFor(em -> {
            new ChartQueries(em).clientWithPoints(clientId);
            loaded[0] = unit.statistics().getEntityLoadCount();
        });

        assertThat(loaded[0])
                .as("the client and the practice's settings; the points and their muscles are read as values")
                .isEqualTo(2);
    }

    @Test
    void aChartOfAClientWithNoPointsHasAnEmptyMap() {
        UUID clientId = registered(Set.of(Contraindication.ANTICOAGULANTS));

        List<MappedPoint> points = new ArrayList<>();
        statementsFor(em ->
                points.addAll(new ChartQueries(em).clientWithPoints(clientId).points()));

        assertThat(points).isEmpty();
    }

    @Test
    void readingANoteTakesTheSameQueriesWhateverItHolds() {
        UUID small = lastNoteOf(clientWithSessions(1, 1));
        UUID large = lastNoteOf(clientWithSessions(1, 4));

        long forSmall = statementsFor(em -> readNote(em, small));
        long forLarge = statementsFor(em -> readNote(em, large));

        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(6);
    }

    @Test
    void aHandoutReadsItsNoteInTwoQueriesWhateverItHolds() {
        UUID small = lastNoteOf(clientWithSessions(1, 1));
        UUID large = lastNoteOf(clientWithSessions(1, 4));

        long forSmall = statementsFor(em -> readForHandout(em, small));
        long forLarge = statementsFor(em -> readForHandout(em, large));

        assertThat(forLarge)
                .as("the note with its episodes and their points' home plans, then the client's contraindications")
                .isEqualTo(forSmall)
                .isLessThanOrEqualTo(2);
    }

    @Test
    void savingASessionIsABoundedNumberOfBatchedStatements() {
        UUID onePoint = clientWithPoints(1);
        UUID fourPoints = clientWithPoints(4);

        long forOne = statementsFor(em -> saveSession(em, onePoint));
        long forFour = statementsFor(em -> saveSession(em, fourPoints));

        assertThat(forFour).isEqualTo(forOne).isLessThanOrEqualTo(8);
    }

    @Test
    void aSessionsPointsAreFoundAmongTheClientsOwnOnlyInOneQuery() {
        UUID client = clientWithPoints(3);
        UUID other = clientWithPoints(1);
        List<UUID> own = pointIdsOf(client);
        UUID theirs = pointIdsOf(other).get(0);
        List<TriggerPoint> found = new ArrayList<>();

        long statements = statementsFor(em ->
                found.addAll(new ChartQueries(em).clientPoints(client, List.of(own.get(0), own.get(2), theirs))));

        assertThat(found).extracting(TriggerPoint::id).containsExactlyInAnyOrder(own.get(0), own.get(2));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void aChartFindsTheClientWithEveryContraindicationAndThePracticesSettingsInOneQuery() {
        UUID clientId = registered(Set.of(Contraindication.ANTICOAGULANTS, Contraindication.IMPAIRED_SENSATION));
        List<Object> found = new ArrayList<>();

        long statements = statementsFor(em -> {
            found.add(new ChartQueries(em).clientAndPractice(clientId));
            found.add(PracticeSettingsService.current(em));
        });

        assertThat(statements).isEqualTo(1);
        assertThat(((Client) found.get(0)).contraindications())
                .containsExactlyInAnyOrder(Contraindication.ANTICOAGULANTS, Contraindication.IMPAIRED_SENSATION);
        assertThat(((PracticeSettings) found.get(1)).pressureUnit()).isNotNull();
    }

    @Test
    void aChartOfAClientThatDoesNotExistIsNotFound() {
        UUID nobody = UUID.randomUUID();

        assertThatThrownBy(() -> statementsFor(em -> new ChartQueries(em).clientAndPractice(nobody)))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining(nobody.toString());
    }

    @Test
    void theChartsSessionListIsPreparedWithTheClientAsItsOnlyParameter() {
        UUID client = clientWithSessions(3, 1);

        Map<String, Object> prepared = preparedAfterRepeating(em -> recentNotes(em, client), "from treatment_notes");

        // With the row limit as a parameter, PostgreSQL cannot cost a generic plan for a client with a long history
        // and plans the statement afresh at every chart (measured under load.sh: as many plans as calls, planning
        // dearer than running it). A literal limit leaves the client as the only parameter of the read; the other
        // ten are the look's audit line, inserted by the same statement.
        assertThat(prepared.get("parameters"))
                .as("%s", prepared.get("statement"))
                .isEqualTo(1 + 10);
        assertThat(((Number) prepared.get("generic_plans")).longValue()).isPositive();
    }

    /** Runs {@code read} twenty times on one connection; what the server prepared for it, with its plan counts. */
    private static Map<String, Object> preparedAfterRepeating(
            java.util.function.Consumer<EntityManager> read, String statementPart) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            for (int i = 0; i < 20; i++) {
                read.accept(em);
                em.clear();
            }
            Object[] row = (Object[]) em.createNativeQuery("select statement, cardinality(parameter_types),"
                            + " generic_plans from pg_prepared_statements"
                            + " where statement like :part and not from_sql")
                    .setParameter("part", "%" + statementPart + "%")
                    .getSingleResult();
            em.getTransaction().commit();
            return Map.of("statement", row[0], "parameters", ((Number) row[1]).intValue(), "generic_plans", row[2]);
        } finally {
            em.close();
        }
    }

    private static long statementsFor(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            unit.statistics().clear();
            RECORDED_READS.set(0);
            work.accept(em);
            em.flush();
            long count = unit.statistics().getPrepareStatementCount() + RECORDED_READS.get();
            em.getTransaction().commit();
            return count;
        } finally {
            em.close();
        }
    }

    /** Statements of reads that record their look, sent beside Hibernate's (which its statistics do not see). */
    private static final java.util.concurrent.atomic.AtomicLong RECORDED_READS =
            new java.util.concurrent.atomic.AtomicLong();

    /** The chart's session list with its look's line, as {@code AuditTrail.recordReading} sends it. */
    private static List<NoteSummary> recentNotes(EntityManager em, UUID clientId) {
        RECORDED_READS.incrementAndGet();
        return em.unwrap(Session.class)
                .doReturningWork(connection -> RecordedLooks.chartRead(
                        connection, clientId, ChartQueries.recentNotes(clientId, ClientChart.RECENT_NOTES)));
    }

    private static long auditLinesOf(EntityManager em, UUID clientId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from audit_pending where client_id = :client and record_type = 'CHART'")
                        .setParameter("client", clientId)
                        .getSingleResult())
                .longValue();
    }

    private static void open(EntityManager em, UUID clientId) {
        ChartQueries queries = new ChartQueries(em);
        ChartQueries.ClientWithPoints chart = queries.clientWithPoints(clientId);
        PracticeSettings settings = PracticeSettingsService.current(em);
        List<MappedPoint> points = chart.points();
        List<NoteSummary> notes = recentNotes(em, clientId);
        assertThat(chart.client().contraindications()).isNotNull();
        assertThat(points).isNotEmpty();
        assertThat(settings.pressureUnit()).isNotNull();
        points.forEach(p -> assertThat(p.muscleName()).isNotBlank());
        assertThat(notes).isNotEmpty();
    }

    private static void readNote(EntityManager em, UUID noteId) {
        TreatmentNote note = new ChartQueries(em).note(noteId);
        note.episodes()
                .forEach(e -> assertThat(e.triggerPoint().muscle().name()).isNotBlank());
        note.measurements().forEach(m -> assertThat(m.triggerPoint()).isNotNull());
        assertThat(note.deviations()).isNotEmpty();
        assertThat(note.amendments()).isEmpty();
        assertThat(note.client().familyName()).isNotBlank();
    }

    private static void readForHandout(EntityManager em, UUID noteId) {
        NoteWithPlans read = new ChartQueries(em).noteWithPlans(noteId);
        TreatmentNote note = read.note();
        note.episodes()
                .forEach(e -> assertThat(e.triggerPoint().muscle().name()).isNotBlank());
        assertThat(read.plans()).isNotEmpty();
        read.plans()
                .forEach((point, plan) -> assertThat(plan.triggerPoint().id()).isEqualTo(point.id()));
        assertThat(note.client().contraindications()).isNotNull();
        assertThat(note.homeCare()).isNotNull();
    }

    private static void saveSession(EntityManager em, UUID clientId) {
        Client client = em.find(Client.class, clientId);
        List<TriggerPoint> points = em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle where p.client.id = :client"
                                + " and p.enteredInError.at is null order by p.chartedAt, p.id",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                .getResultList();
        TreatmentNote note = TreatmentNote.open(client, THERAPIST, NOW, NOW);
        note.record(THERAPIST, session(points), new ProtocolPolicy(3, Set.of()), NOW);
        em.persist(note);
    }

    private static UUID clientWithSessions(int sessions, int pointCount) {
        UUID clientId = clientWithPoints(pointCount);
        for (int i = 0; i < sessions; i++) {
            statementsFor(em -> saveSession(em, clientId));
        }
        return clientId;
    }

    private static UUID registered(Set<Contraindication> contraindications) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            Client client =
                    Client.register(ClientFixtures.named("Ada", "Lovelace", contraindications), NOW, ZoneOffset.UTC);
            em.persist(client);
            em.getTransaction().commit();
            return client.id();
        } finally {
            em.close();
        }
    }

    private static UUID clientWithPoints(int count) {
        UUID clientId = registered(Set.of());
        chartPoints(clientId, count);
        return clientId;
    }

    /** Charts {@code count} points, a minute apart, and answers their ids in the order they were charted. */
    private static List<UUID> chartPoints(UUID clientId, int count) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            Client client = em.find(Client.class, clientId);
            List<UUID> charted = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TriggerPoint point = TriggerPoint.chart(
                        client,
                        em.find(Muscle.class, MUSCLES.get(i % MUSCLES.size())),
                        Side.RIGHT,
                        new Placement(BodyView.POSTERIOR, 0.6, 0.2 + i * 0.01),
                        PointStatus.ACTIVE,
                        THERAPIST,
                        NOW.plusSeconds(60L * i));
                em.persist(point);
                charted.add(point.id());
            }
            em.getTransaction().commit();
            return charted;
        } finally {
            em.close();
        }
    }

    private static void markedInError(UUID pointId) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.find(TriggerPoint.class, pointId).markEnteredInError(THERAPIST, NOW, "Charted on the wrong client");
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static List<UUID> pointIdsOf(UUID clientId) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            return new ChartQueries(em)
                    .clientWithPoints(clientId).points().stream()
                            .map(MappedPoint::id)
                            .toList();
        } finally {
            em.close();
        }
    }

    private static UUID lastNoteOf(UUID clientId) {
        EntityManager em = unit.factory().createEntityManager();
        try {
            return em.createQuery(
                            "select n.id from TreatmentNote n where n.client.id = :client order by n.sessionAt desc, n.id",
                            UUID.class)
                    .setParameter("client", clientId)
                    .setMaxResults(1)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    /** Each point: painful compression (a deviation), stretch, heat. */
    private static SessionRecord session(List<TriggerPoint> points) {
        List<TreatedPoint> treated = new ArrayList<>();
        for (TriggerPoint point : points) {
            treated.add(new TreatedPoint(
                    point,
                    250.0,
                    300.0,
                    null,
                    List.of(
                            new CompressionEpisode(4, null, 60, 2, 5, ReleaseReason.TISSUE_RELEASED),
                            new StretchEpisode("Slow stretch", 30, 2, true, false),
                            new HeatEpisode(HeatModality.HEAT_PACK, 8, true))));
        }
        return SessionBuilder.session("Neck", 6, treated, "Tender", "Weekly", 3, Map.of())
                .build();
    }
}
