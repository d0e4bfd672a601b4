package org.knotwork.outcomes;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.testing.MigratedDatabase;

/**
 * The small synthetic practice: valid rows the application opens, figures in a plausible range, and summaries that
 * agree with the facts.
 */
class SyntheticPracticeTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static Map<String, Long> written;

    @BeforeAll
    static void generate() throws SQLException {
        database = MigratedDatabase.start(dataDirectory);
        written = SyntheticPractice.generate(database.database().dataSource(), SyntheticPractice.Size.SMALL, 42);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void aSmallPracticeHasSessionsEpisodesAndDeviationsInProportion() {
        assertThat(written.get("clients")).isEqualTo(60);
        assertThat(written.get("treatment_notes")).isBetween(200L, 600L);
        assertThat((double) written.get("note_episodes") / written.get("treatment_notes"))
                .isBetween(3.5, 9.0);
        assertThat(written.get("note_deviations")).isPositive();
    }

    @Test
    void itsFiguresLookLikeAPracticeWhereMostClientsImprove() throws SQLException {
        PracticeOutcomes year;
        try (Connection c = database.database().dataSource().getConnection()) {
            year = new OutcomeQueries(c)
                    .outcomes(
                            new OutcomeFilter(
                                    Instant.parse("2025-07-01T00:00:00Z"),
                                    SyntheticPractice.HISTORY_END,
                                    null,
                                    null,
                                    null),
                            ZoneOffset.UTC);
        }
        assertThat(year.clients().improvedShare()).isBetween(0.3, 0.95);
        assertThat(year.clients().painChangeMedian()).isNegative();
        assertThat(year.points().pptChangeMeanKpa()).isPositive();
        assertThat(year.points().deactivated()).isPositive();
        assertThat(year.points().sessionsToDeactivateMedian()).isGreaterThanOrEqualTo(1.0);
        assertThat(year.therapists()).hasSize(3);
        assertThat(year.months()).hasSize(12);
    }

    @Test
    void theSummariesTheGeneratorWroteThroughTheTriggersGiveTheFactsFigures() throws SQLException {
        try (Connection c = database.database().dataSource().getConnection()) {
            OutcomeQueries queries = new OutcomeQueries(c);
            for (String[] period : new String[][] {
                {"2025-07-01", "2026-07-01"},
                {"2025-01-01", "2026-07-01"},
                {"2025-03-17", "2026-02-11"},
                {"2026-04-01", "2026-05-01"},
                {"2026-04-05", "2026-04-25"}
            }) {
                OutcomeFilter filter = new OutcomeFilter(
                        Instant.parse(period[0] + "T00:00:00Z"),
                        Instant.parse(period[1] + "T00:00:00Z"),
                        null,
                        null,
                        null);
                assertThat(queries.outcomes(filter, ZoneOffset.UTC))
                        .as("%s to %s", period[0], period[1])
                        .isEqualTo(queries.fromFacts(filter, ZoneOffset.UTC));
            }
        }
    }

    @Test
    void theApplicationOpensAGeneratedSignedNoteAndTheDatabaseKeepsItFinal() throws SQLException {
        UUID noteId;
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet row = s.executeQuery("select note_id from note_deviations limit 1")) {
            row.next();
            noteId = row.getObject(1, UUID.class);
        }
        EntityManagerFactory factory = database.entityManagerFactory(true);
        try (EntityManager em = factory.createEntityManager()) {
            TreatmentNote note = em.find(TreatmentNote.class, noteId);
            assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
            assertThat(note.episodes()).isNotEmpty();
            assertThat(note.deviations())
                    .allSatisfy(d -> assertThat(d.isExplained()).isTrue());
            assertThat(note.measurements().get(0).triggerPoint().history()).isNotEmpty();
        } finally {
            factory.close();
        }
        assertThatThrownBy(() -> {
                    try (Connection c = database.database().dataSource().getConnection();
                            Statement s = c.createStatement()) {
                        s.execute("delete from note_episodes where note_id = '" + noteId + "'");
                    }
                })
                .hasMessageContaining("signed");
    }
}
