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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Stretch;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.BodyArea;
import org.knotwork.safety.EndangermentSite;
import org.knotwork.testing.MigratedDatabase;

/** The self-care texts shipped in sql/ for the whole catalogue, and the handout tables' guards, on a real schema. */
class HomeCareContentTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static EntityManagerFactory factory;
    static List<Muscle> muscles;
    static Map<String, SelfCare> texts;
    static Map<String, List<Stretch>> stretches;

    @BeforeAll
    static void start() {
        database = MigratedDatabase.start(dataDirectory);
        factory = database.entityManagerFactory(false);
        EntityManager em = factory.createEntityManager();
        muscles = em.createQuery(
                        "select distinct m from Muscle m left join fetch m.locations order by m.sortOrder",
                        Muscle.class)
                .getResultList();
        texts = em.createQuery("select s from SelfCare s", SelfCare.class).getResultList().stream()
                .collect(Collectors.toMap(SelfCare::muscleCode, s -> s));
        stretches =
                em.createQuery("select s from Stretch s order by s.sortOrder", Stretch.class).getResultList().stream()
                        .collect(Collectors.groupingBy(Stretch::muscleCode));
        em.close();
    }

    @AfterAll
    static void stop() {
        factory.close();
        database.close();
    }

    @Test
    void everyMuscleOfTheCatalogueHasItsOwnSelfCareTextsAndStretches() {
        assertThat(muscles).hasSize(53);
        assertThat(texts.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        muscles.stream().map(Muscle::code).toList());
        assertThat(stretches.keySet()).containsExactlyInAnyOrderElementsOf(texts.keySet());
        assertThat(texts.values())
                .allSatisfy(care -> assertThat(care.text().selfPressure())
                        .as(care.muscleCode())
                        .hasSizeGreaterThan(60));
        assertThat(stretches.values().stream().flatMap(List::stream))
                .allSatisfy(s -> assertThat(s.steps()).as(s.code()).hasSizeBetween(3, 8));
        long distinct = stretches.values().stream()
                .flatMap(List::stream)
                .map(Stretch::steps)
                .distinct()
                .count();
        assertThat(distinct).as("stretch steps written per muscle").isGreaterThanOrEqualTo(55);
    }

    @Test
    void theGentleVersionIsFingertipsOnlyNeverABallAndNeverFlatOrFaceDown() {
        assertThat(texts.values()).allSatisfy(care -> {
            String gentle = care.text().gentlePressure().toLowerCase(Locale.ROOT);
            assertThat(gentle)
                    .as(care.muscleCode())
                    .containsAnyOf("fingertip", "fingers")
                    .doesNotContain("ball")
                    .doesNotContain("weight")
                    .doesNotContain("on your back")
                    .doesNotContain("face down")
                    .doesNotContain("on your front")
                    .doesNotContain("pinch");
        });
    }

    @Test
    void eachSelfPressureSaysItsPositionAndToolAsItsWordsDo() {
        assertThat(texts.values()).allSatisfy(care -> {
            SelfCareText text = care.text();
            String words = text.selfPressure().toLowerCase(Locale.ROOT);
            assertThat(text.pressureTool() == PressureTool.BALL)
                    .as(care.muscleCode() + " uses a ball")
                    .isEqualTo(words.contains("ball"));
            assertThat(text.pressurePosition() == BodyPosition.SUPINE)
                    .as(care.muscleCode() + " lies on the back")
                    .isEqualTo(words.contains("on your back"));
            assertThat(words).as(care.muscleCode()).doesNotContain("face down").doesNotContain("on your front");
        });
    }

    @Test
    void eachStretchSaysThePositionItsFirstStepPutsTheClientIn() {
        Map<String, BodyPosition> openings = Map.of(
                "lie on your back", BodyPosition.SUPINE,
                "lie on your front", BodyPosition.PRONE,
                "lie on your side", BodyPosition.SIDE_LYING,
                "lie on the other side", BodyPosition.SIDE_LYING,
                "lie on your other side", BodyPosition.SIDE_LYING,
                "kneel", BodyPosition.KNEELING,
                "stand", BodyPosition.STANDING,
                "sit", BodyPosition.SEATED);
        assertThat(stretches.values().stream().flatMap(List::stream)).allSatisfy(s -> {
            String first = s.steps().get(0).toLowerCase(Locale.ROOT);
            openings.forEach((opening, position) -> {
                if (first.startsWith(opening)
                        && !first.startsWith("stand or sit")
                        && !first.startsWith("sit or stand")) {
                    assertThat(s.position()).as(s.code() + ": " + first).isEqualTo(position);
                }
            });
        });
    }

    @Test
    void everyMuscleHasAStretchForEachPartAndOneForPregnancyAndOneForOsteoporosis() {
        for (Muscle muscle : muscles) {
            List<Stretch> own = stretches.get(muscle.code());
            for (MapLocation place : muscle.locations()) {
                MusclePart part = MusclePart.seenOn(place.view());
                assertThat(own).as(muscle.code() + " " + part).anyMatch(s -> s.suits(part));
            }
            if (muscle.region() != Region.ABDOMEN) {
                assertThat(own)
                        .as(muscle.code() + " without lying flat or face down")
                        .anyMatch(s -> !s.position().isFlatOrFaceDown());
            }
            assertThat(own).as(muscle.code() + " without loaded flexion").anyMatch(s -> !s.loadsSpinalFlexion());
        }
        List<String> neither = muscles.stream()
                .map(Muscle::code)
                .filter(code -> stretches.get(code).stream()
                        .noneMatch(s -> !s.position().isFlatOrFaceDown() && !s.loadsSpinalFlexion()))
                .toList();
        assertThat(neither)
                .as(
                        "muscles whose sheet asks the therapist for a stretch when a client is pregnant and has osteoporosis")
                .containsExactlyInAnyOrder("THORACOLUMBAR_PARASPINALS", "MULTIFIDI");
    }

    @Test
    void theStretchesThatStretchedTheWrongFibresAreCorrected() {
        String serratus =
                String.join(" ", stretches.get("SERRATUS_ANTERIOR").get(0).steps());
        assertThat(serratus).contains("Draw the shoulder blade back").doesNotContain("overhead");
        assertThat(stretches.get("GLUTEUS_MEDIUS"))
                .allSatisfy(s -> assertThat(String.join(" ", s.steps()))
                        .doesNotContainIgnoringCase("figure")
                        .doesNotContain("ankle")
                        .containsAnyOf("Cross the leg", "top leg"));
        assertThat(stretches.get("DELTOID"))
                .extracting(s -> s.part() + " " + s.name())
                .containsExactly(
                        "FRONT Doorway stretch with the arm low",
                        "FRONT Hands-behind-back stretch",
                        "SIDE Arm-behind-back stretch",
                        "BACK Cross-body arm stretch");
        String peroneus =
                String.join(" ", stretches.get("PERONEUS_LONGUS").get(0).steps());
        assertThat(peroneus.indexOf("draw it slowly up")).isPositive().isLessThan(peroneus.indexOf("turn the sole"));
    }

    @Test
    void theNeckAndItsVesselsAreHandledWithTheirOwnCare() {
        String scm = texts.get("STERNOCLEIDOMASTOID").text().selfPressure();
        assertThat(scm)
                .contains("one side only")
                .contains("away from the pulse")
                .contains("never both sides");
        assertThat(String.join(" ", stretches.get("STERNOCLEIDOMASTOID").get(0).steps()))
                .contains("dizzy");
    }

    @Test
    void theSafetyRulesNameOnlyMusclesOfTheCatalogue() {
        Set<String> codes = muscles.stream().map(Muscle::code).collect(Collectors.toSet());
        for (BodyArea area : BodyArea.values()) {
            assertThat(codes).as(area.name()).containsAll(area.muscleCodes());
        }
        for (EndangermentSite site : EndangermentSite.values()) {
            assertThat(codes).as(site.name()).containsAll(site.muscleCodes());
        }
    }

    @Test
    void aTypicalHandoutWithTheShippedTextsStaysWithinThreePages() throws IOException {
        Map<String, SelfCareText> shipped =
                texts.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text));
        Map<String, List<HomeStretch>> catalogue = stretches.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream().map(HomeStretch::of).toList()));
        HomeCare advice = new HomeCare(
                "Well done today. Keep your screen at eye level and take a short break every 30 minutes.",
                Instant.parse("2026-03-09T15:30:00Z"));
        TreatmentNote note =
                HandoutFixtures.typicalNote(HandoutFixtures.client(Contraindication.ANTICOAGULANTS), advice);
        note.sign(HandoutFixtures.THERAPIST, HandoutFixtures.SESSION.plusSeconds(3600));
        HandoutContent content = new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        note,
                        new HandoutFacts(
                                HandoutFixtures.LETTERHEAD,
                                "Zoë O'Brien",
                                "Jo Bloggs",
                                note.client().contraindications(),
                                Map.of(),
                                shipped,
                                catalogue,
                                Map.of(),
                                Instant.EPOCH));

        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutRenderer.render(content, paper);
            Files.write(
                    Files.createDirectories(Path.of("target", "handout-samples"))
                            .resolve("shipped-" + paper + ".pdf"),
                    pdf);
            assertThat(HandoutFixtures.pages(pdf)).as(paper.name()).isBetween(2, 3);
            assertThat(HandoutFixtures.text(pdf))
                    .as("anticoagulants: the gentle version")
                    .contains(shipped.get("LEVATOR_SCAPULAE").gentlePressure());
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
            sql.executeUpdate("insert into handout_snapshot_self_care (note_id, muscle_code, self_pressure, frequency,"
                    + " pressure_position, pressure_tool, gentle_pressure) select " + note
                    + ", muscle_code, self_pressure, frequency, pressure_position, pressure_tool, gentle_pressure"
                    + " from muscle_self_care");
            sql.executeUpdate("insert into handout_snapshot_stretches select " + note
                    + ", code, muscle_code, name, steps, position, loads_spinal_flexion, part, sort_order"
                    + " from muscle_stretches");
            sql.executeUpdate("insert into handout_snapshot_sites values (" + note + ", 'RECENT_TRAUMA', 'SHOULDER')");
            sql.executeUpdate("insert into handouts values ('" + UUID.randomUUID() + "', " + note + ", " + client
                    + ", now(), '" + therapist + "', 'LETTER', '" + "ab".repeat(32) + "')");

            assertThatThrownBy(() -> sql.executeUpdate("update handouts set paper = 'A4'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from handout_snapshot_self_care"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from handout_snapshots"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("update handout_snapshot_stretches set name = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from handout_snapshot_sites"))
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
