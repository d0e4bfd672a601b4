package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bodymap.Muscle;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.knotwork.testing.MigratedDatabase;

/** The self-care texts shipped in sql/ for the whole catalogue, and the handout tables' guards, on a real schema. */
class HomeCareContentTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static EntityManagerFactory factory;
    static List<Muscle> muscles;
    static Map<String, SelfCare> texts;

    @BeforeAll
    static void start() {
        database = MigratedDatabase.start(dataDirectory);
        factory = database.entityManagerFactory(false);
        EntityManager em = factory.createEntityManager();
        muscles = em.createQuery("select m from Muscle m order by m.sortOrder", Muscle.class)
                .getResultList();
        texts = em.createQuery("select s from SelfCare s", SelfCare.class).getResultList().stream()
                .collect(Collectors.toMap(SelfCare::muscleCode, s -> s));
        em.close();
    }

    @AfterAll
    static void stop() {
        factory.close();
        database.close();
    }

    @Test
    void everyMuscleOfTheCatalogueHasItsOwnSelfCareTexts() {
        assertThat(muscles).hasSize(53);
        assertThat(texts.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        muscles.stream().map(Muscle::code).toList());
        assertThat(texts.values()).allSatisfy(care -> {
            SelfCareText text = care.text();
            assertThat(text.stretchSteps()).as(care.muscleCode()).hasSizeBetween(3, SelfCareText.MAX_STEPS);
            assertThat(text.selfPressure()).as(care.muscleCode()).hasSizeGreaterThan(60);
        });
        long distinctStretches = texts.values().stream()
                .map(care -> care.text().stretchSteps())
                .distinct()
                .count();
        assertThat(distinctStretches).as("stretch steps written per muscle").isGreaterThanOrEqualTo(50);
    }

    @Test
    void aTypicalHandoutWithTheShippedTextsPicturesAndWeekStaysWithinFivePages() throws IOException {
        Map<String, SelfCareText> shipped =
                texts.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text));
        HomeCare advice = new HomeCare(
                "Well done today. Keep your screen at eye level and take a short break every 30 minutes.",
                Instant.parse("2026-03-09T15:30:00Z"));
        TreatmentNote note =
                HandoutFixtures.typicalNote(HandoutFixtures.client(Contraindication.ANTICOAGULANTS), advice);
        note.sign(HandoutFixtures.THERAPIST, HandoutFixtures.SESSION.plusSeconds(3600));
        HandoutContent content = new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        note,
                        HandoutFixtures.LETTERHEAD,
                        "Zoë O'Brien",
                        "Jo Bloggs",
                        note.client().contraindications(),
                        shipped,
                        Map.of(),
                        Instant.EPOCH);

        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutRenderer.render(content, paper);
            Files.write(
                    Files.createDirectories(Path.of("target", "handout-samples"))
                            .resolve("shipped-" + paper + ".pdf"),
                    pdf);
            assertThat(HandoutFixtures.pages(pdf)).as(paper.name()).isBetween(3, 5);
            assertThat(HandoutFixtures.text(pdf))
                    .contains(shipped.get("LEVATOR_SCAPULAE").selfPressure());
        }
    }

    @Test
    void everyShippedSnomedCodeWouldPassAnAdministratorsReSave() {
        assertThat(muscles).allSatisfy(m -> m.describe(m.referredPain(), m.snomedCode()));
    }

    @Test
    void handoutRecordsAreAppendOnly() throws SQLException {
        UUID therapist = UUID.randomUUID();
        database.insertUser(therapist, "handout-therapist");
        try (Connection c = database.database().dataSource().getConnection();
                Statement sql = c.createStatement()) {
            String client = "'" + UUID.randomUUID() + "'";
            String note = "'" + UUID.randomUUID() + "'";
            sql.executeUpdate("insert into clients (id, given_name, family_name, created_at, updated_at)" + " values ("
                    + client + ", 'Ada', 'Lovelace', now(), now())");
            sql.executeUpdate(
                    "insert into treatment_notes (id, client_id, therapist_id, session_at, status, updated_at)"
                            + " values (" + note + ", " + client + ", '" + therapist + "', now(), 'DRAFT', now())");
            sql.executeUpdate("insert into handout_snapshots"
                    + " (note_id, taken_at, client_name, therapist_name, precautions)"
                    + " values (" + note + ", now(), 'Ada Lovelace', 'Jo', 'ANTICOAGULANTS,PREGNANCY')");
            sql.executeUpdate("insert into handout_snapshot_self_care select " + note
                    + ", muscle_code, self_pressure, stretch_name, stretch_steps, frequency from muscle_self_care");
            sql.executeUpdate("insert into handouts values ('" + UUID.randomUUID() + "', " + note + ", " + client
                    + ", now(), '" + therapist + "', 'LETTER', '" + "ab".repeat(32) + "')");

            assertThatThrownBy(() -> sql.executeUpdate("update handouts set paper = 'A4'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from handout_snapshot_self_care"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from handout_snapshots"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theAuditTrailAcceptsHandoutActions() throws SQLException {
        try (Connection c = database.database().dataSource().getConnection();
                Statement sql = c.createStatement()) {
            var rs = sql.executeQuery("select string_agg(code, ',') from audit_actions");
            rs.next();
            assertThat(rs.getString(1).split(",")).contains("HANDOUT_ISSUED", "HANDOUT_PREVIEWED", "READ");
        }
    }
}
