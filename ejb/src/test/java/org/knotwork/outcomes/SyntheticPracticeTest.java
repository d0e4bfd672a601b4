package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bodymap.Region;
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
            year = Dashboards.read(
                    c,
                    new OutcomeFilter(
                            Instant.parse("2025-07-01T00:00:00Z"), SyntheticPractice.HISTORY_END, null, null, null),
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
                assertThat(Dashboards.read(c, filter, ZoneOffset.UTC))
                        .as("%s to %s", period[0], period[1])
                        .isEqualTo(queries.fromFacts(filter, ZoneOffset.UTC));
            }
        }
    }

    /**
     * Each filter, alone and with the others, must narrow every figure it is defined to narrow, to exactly the signed
     * sessions and treated points the charting tables hold for it (counted here without the outcome facts): a filter
     * that a statement drops, or applies to the wrong facts, fails here.
     */
    @Test
    void everyFilterAndCombinationNarrowsToExactlyItsSessionsAndPoints() throws SQLException {
        Instant from = Instant.parse("2025-07-01T00:00:00Z");
        Instant to = SyntheticPractice.HISTORY_END;
        try (Connection c = database.database().dataSource().getConnection()) {
            // The most treated muscle, the complaint it was most often treated for, and the therapist who treated it
            // most for that complaint: every combination of the three then still holds sessions.
            String muscle = single(
                    c,
                    "select p.muscle_code from note_point_measurements m join trigger_points p"
                            + " on p.id = m.trigger_point_id group by 1 order by count(*) desc, 1 limit 1",
                    String.class);
            String treatedFor = " from treatment_notes n join note_point_measurements m on m.note_id = n.id"
                    + " join trigger_points p on p.id = m.trigger_point_id where p.muscle_code = '" + muscle + "'";
            Region region = Region.valueOf(single(
                    c,
                    "select n.complaint_region" + treatedFor
                            + " and n.complaint_region is not null group by 1 order by count(*) desc, 1 limit 1",
                    String.class));
            UUID therapist = single(
                    c,
                    "select n.therapist_id" + treatedFor + " and n.complaint_region = '" + region.name()
                            + "' group by 1 order by count(*) desc, 1 limit 1",
                    UUID.class);
            for (int combination = 0; combination < 8; combination++) {
                OutcomeFilter filter = filter(from, to, combination, therapist, muscle, region);
                PracticeOutcomes figures = Dashboards.read(c, filter, ZoneOffset.UTC);
                assertThat(figures.clients().sessions())
                        .as("sessions, %s", filter.describe())
                        .isEqualTo(chartedSessions(c, filter))
                        .isEqualTo(figures.months().stream()
                                .mapToLong(PracticeOutcomes.MonthlyOutcomes::sessions)
                                .sum())
                        .isEqualTo(figures.therapists().stream()
                                .mapToLong(PracticeOutcomes.TherapistProtocol::sessions)
                                .sum());
                assertThat(figures.points().treated())
                        .as("points, %s", filter.describe())
                        .isEqualTo(chartedPoints(c, filter));
                for (int added = 1; added < 8; added <<= 1) {
                    if ((combination & added) == 0) {
                        PracticeOutcomes narrower = Dashboards.read(
                                c, filter(from, to, combination | added, therapist, muscle, region), ZoneOffset.UTC);
                        // In a practice where a client keeps one therapist and one complaint, a second or third
                        // filter may keep every session the others kept: only a first filter must take some away.
                        assertThat(narrower.clients().sessions())
                                .as("adding filter %d to %s", added, filter.describe())
                                .isPositive()
                                .isLessThanOrEqualTo(figures.clients().sessions());
                        assertThat(narrower.points().treated())
                                .isLessThanOrEqualTo(figures.points().treated());
                        assertThat(narrower.points().deactivated()
                                        + narrower.points().recurrences())
                                .isLessThanOrEqualTo(figures.points().deactivated()
                                        + figures.points().recurrences());
                        if (combination == 0) {
                            assertThat(narrower.clients().sessions())
                                    .isLessThan(figures.clients().sessions());
                            assertThat(narrower.points().treated())
                                    .isLessThan(figures.points().treated());
                            assertThat(narrower.points().deactivated())
                                    .isLessThan(figures.points().deactivated());
                        }
                    }
                }
            }
        }
    }

    private static OutcomeFilter filter(
            Instant from, Instant to, int combination, UUID therapist, String muscle, Region region) {
        return new OutcomeFilter(
                from,
                to,
                (combination & 1) == 0 ? null : therapist,
                (combination & 2) == 0 ? null : muscle,
                (combination & 4) == 0 ? null : region);
    }

    private static final String CHARTED_NOTES = " from treatment_notes n where n.status = 'SIGNED'"
            + " and n.session_at >= ? and n.session_at < ? and (cast(? as uuid) is null or n.therapist_id = ?)"
            + " and (cast(? as varchar) is null or n.complaint_region = ?)"
            + " and (cast(? as varchar) is null or exists (select 1 from note_point_measurements m"
            + " join trigger_points p on p.id = m.trigger_point_id where m.note_id = n.id and p.muscle_code = ?))";

    private static long chartedSessions(Connection c, OutcomeFilter filter) throws SQLException {
        return count(c, "select count(*)" + CHARTED_NOTES, filter);
    }

    private static long chartedPoints(Connection c, OutcomeFilter filter) throws SQLException {
        return count(
                c,
                "select count(distinct p.id) from note_point_measurements m join trigger_points p"
                        + " on p.id = m.trigger_point_id where (cast(? as varchar) is null or p.muscle_code = ?)"
                        + " and m.note_id in (select n.id" + CHARTED_NOTES + ")",
                filter,
                filter.muscleCode(),
                filter.muscleCode());
    }

    private static long count(Connection c, String sql, OutcomeFilter filter, Object... first) throws SQLException {
        String region = filter.complaintRegion() == null
                ? null
                : filter.complaintRegion().name();
        List<Object> values = new ArrayList<>(Arrays.asList(first));
        values.addAll(Arrays.asList(
                filter.from().atOffset(ZoneOffset.UTC),
                filter.to().atOffset(ZoneOffset.UTC),
                filter.therapistId(),
                filter.therapistId(),
                region,
                region,
                filter.muscleCode(),
                filter.muscleCode()));
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static <T> T single(Connection c, String sql, Class<T> type) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getObject(1, type);
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
