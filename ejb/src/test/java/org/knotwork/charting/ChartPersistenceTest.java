package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Placement;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.DeviationType;
import org.knotwork.testing.MigratedDatabase;

/** Notes, points and the catalogue stored by Hibernate in the migrated schema, and the schema's own guards. */
class ChartPersistenceTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID THERAPIST = UUID.randomUUID();

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static EntityManagerFactory factory;

    @BeforeAll
    static void start() {
        database = MigratedDatabase.start(dataDirectory);
        factory = database.entityManagerFactory(false);
        database.insertUser(THERAPIST, "jo");
    }

    @AfterAll
    static void stop() {
        factory.close();
        database.close();
    }

    @Test
    void theCatalogueHoldsTheCommonTriggerPointMusclesWithTheirMapPlaces() {
        List<Muscle> muscles = read(em -> em.createQuery(
                        "select distinct m from Muscle m left join fetch m.locations order by m.sortOrder",
                        Muscle.class)
                .getResultList());

        assertThat(muscles).hasSizeGreaterThanOrEqualTo(40);
        assertThat(muscles).allSatisfy(m -> {
            assertThat(m.locations()).as(m.code()).isNotEmpty();
            assertThat(m.referredPain()).as(m.code()).isNotBlank();
        });
        assertThat(muscles)
                .extracting(Muscle::code)
                .contains("UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE", "INFRASPINATUS", "QUADRATUS_LUMBORUM", "PIRIFORMIS");
        assertThat(muscles.stream()
                        .filter(m -> m.code().equals("UPPER_TRAPEZIUS"))
                        .findFirst()
                        .orElseThrow()
                        .isShownOn(BodyView.POSTERIOR))
                .isTrue();
    }

    @Test
    void aWholeSessionIsStoredAndReadBackWithItsDeviations() {
        UUID noteId = storeSignedNote();

        TreatmentNote note = read(em -> {
            TreatmentNote n = em.find(TreatmentNote.class, noteId);
            n.episodes().forEach(e -> e.triggerPoint().muscle().name());
            n.deviations().forEach(d -> d.triggerPoint().muscle().name());
            n.measurements().size();
            return n;
        });

        assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(note.episodes())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CompressionEpisode", "StretchEpisode", "HeatEpisode");
        assertThat(note.deviations()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DeviationType.PAINFUL_COMPRESSION);
            assertThat(d.reason()).isEqualTo("Asked for firmer pressure");
        });
        assertThat(note.measurements())
                .singleElement()
                .satisfies(m -> assertThat(m.pptBeforeKpa()).isEqualTo(240.0));
    }

    @Test
    void aDraftIsSavedWholeAgainAndAgain() {
        UUID noteId = read(em -> {
            em.getTransaction().begin();
            TreatmentNote note = draft(em);
            em.persist(note);
            em.getTransaction().commit();
            return note.id();
        });

        for (int discomfort : new int[] {4, 6}) {
            write(em -> {
                TreatmentNote note = em.find(TreatmentNote.class, noteId);
                TriggerPoint point = note.measurements().get(0).triggerPoint();
                note.record(THERAPIST, session(point, discomfort, null), policy(note.client()), NOW);
            });
        }

        TreatmentNote saved = read(em -> {
            TreatmentNote n = em.find(TreatmentNote.class, noteId);
            n.episodes().size();
            n.deviations().size();
            return n;
        });
        assertThat(saved.episodes()).extracting(Episode::seq).containsExactly(1, 2, 3);
        assertThat(saved.deviations())
                .singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("discomfort 6/10"));
    }

    @Test
    void aDraftWaitsForTheClientsDiscomfortAndTheDatabaseSignsNoNoteWithoutIt() {
        UUID noteId = read(em -> {
            em.getTransaction().begin();
            TreatmentNote note = draft(em);
            em.persist(note);
            em.getTransaction().commit();
            return note.id();
        });
        write(em -> {
            TreatmentNote note = em.find(TreatmentNote.class, noteId);
            TriggerPoint point = note.measurements().get(0).triggerPoint();
            note.record(THERAPIST, session(point, null, null), policy(note.client()), NOW);
        });

        CompressionEpisode stored = read(em -> em.find(TreatmentNote.class, noteId).episodes().stream()
                .filter(CompressionEpisode.class::isInstance)
                .map(CompressionEpisode.class::cast)
                .findFirst()
                .orElseThrow());
        assertThat(stored.discomfort()).isNull();
        assertThatThrownBy(() -> sql(
                        "update treatment_notes set status = 'SIGNED', signed_at = now() where id = '" + noteId + "'"))
                .hasMessageContaining("discomfort");
    }

    @Test
    void theDatabaseRefusesAnyChangeToASignedNote() {
        UUID noteId = storeSignedNote();

        assertThatThrownBy(() -> sql("update treatment_notes set plan = 'changed' where id = '" + noteId + "'"))
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> sql("delete from note_episodes where note_id = '" + noteId + "'"))
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> sql("update note_deviations set reason = null where note_id = '" + noteId + "'"))
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> sql("delete from treatment_notes where id = '" + noteId + "'"))
                .hasMessageContaining("signed");
    }

    @Test
    void theTransactionThatSignsANoteMayStillWriteItAndNoLaterOneMay() throws SQLException {
        UUID noteId = read(em -> {
            em.getTransaction().begin();
            TreatmentNote note = draft(em);
            em.persist(note);
            em.getTransaction().commit();
            return note.id();
        });
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("update treatment_notes set status = 'SIGNED', signed_at = now() where id = '" + noteId + "'");
            s.execute("update treatment_notes set plan = 'Written while signing' where id = '" + noteId + "'");
            s.execute("delete from note_deviations where note_id = '" + noteId + "'");
            c.rollback();
            s.execute("update treatment_notes set status = 'SIGNED', signed_at = now() where id = '" + noteId + "'");
            c.commit();
        }
        assertThatThrownBy(() -> sql("update treatment_notes set plan = 'Later' where id = '" + noteId + "'"))
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> sql("delete from note_deviations where note_id = '" + noteId + "'"))
                .hasMessageContaining("signed");
    }

    @Test
    void signedNotesAreRecognisedWithoutTheDeprecatedTransactionIdFunction() throws SQLException {
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet row =
                        s.executeQuery("select prosrc from pg_proc where proname = 'signed_before_this_transaction'")) {
            row.next();
            assertThat(row.getString(1)).contains("pg_current_xact_id()").doesNotContain("txid_current");
        }
    }

    @Test
    void amendmentsArePermanent() throws SQLException {
        UUID noteId = storeSignedNote();
        write(em -> {
            TreatmentNote note = em.find(TreatmentNote.class, noteId);
            em.persist(note.amend(THERAPIST, NOW.plusSeconds(600), "Wrong side", "The point was on the left."));
        });

        List<Amendment> amendments =
                read(em -> em.find(TreatmentNote.class, noteId).amendments());
        assertThat(amendments).hasSize(1);
        assertThatThrownBy(() -> sql("update note_amendments set text = 'x' where note_id = '" + noteId + "'"))
                .hasMessageContaining("permanent");
    }

    private static UUID storeSignedNote() {
        return read(em -> {
            em.getTransaction().begin();
            TreatmentNote note = draft(em);
            note.sign(THERAPIST, NOW);
            em.persist(note);
            em.getTransaction().commit();
            return note.id();
        });
    }

    /** A client with one active point and a draft with compression at 5/10 (a deviation, with its reason). */
    private static TreatmentNote draft(EntityManager em) {
        Client client = Client.register(
                ClientFixtures.named("Ada", "Lovelace", Set.of(Contraindication.PREGNANCY)), NOW, ZoneOffset.UTC);
        em.persist(client);
        TriggerPoint point = TriggerPoint.chart(
                client,
                em.find(Muscle.class, "UPPER_TRAPEZIUS"),
                Side.RIGHT,
                new Placement(BodyView.POSTERIOR, 0.6, 0.2),
                PointStatus.ACTIVE,
                THERAPIST,
                NOW);
        em.persist(point);
        TreatmentNote note = TreatmentNote.open(client, THERAPIST, NOW, NOW);
        note.record(
                THERAPIST,
                session(point, 5, Map.of("1:PAINFUL_COMPRESSION", "Asked for firmer pressure")),
                policy(client),
                NOW);
        return note;
    }

    private static SessionRecord session(TriggerPoint point, Integer discomfort, Map<String, String> reasons) {
        List<Episode> episodes = List.of(
                new CompressionEpisode(5, 250.0, 60, 2, discomfort, ReleaseReason.TISSUE_RELEASED),
                new StretchEpisode("Ear to shoulder", 30, 3, true, false),
                new HeatEpisode(HeatModality.WHEAT_BAG, 8, true));
        return SessionBuilder.session(
                        "Neck",
                        6,
                        List.of(new TreatedPoint(point, 240.0, 300.0, PointStatus.LATENT, episodes)),
                        "Tender",
                        "Weekly",
                        3,
                        reasons)
                .build();
    }

    private static ProtocolPolicy policy(Client client) {
        return new ProtocolPolicy(3, client.contraindications());
    }

    private static <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static void write(Consumer<EntityManager> work) {
        read(em -> {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
            return null;
        });
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
