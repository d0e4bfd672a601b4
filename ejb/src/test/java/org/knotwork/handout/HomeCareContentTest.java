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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.Stretch;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.TreatedPoint;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
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
    void aTypicalHandoutWithTheShippedTextsPicturesAndWeekStaysWithinFivePages() throws IOException {
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
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                HandoutFixtures.LETTERHEAD,
                                "Zoë O'Brien",
                                "Jo Bloggs",
                                note.client().contraindications(),
                                Map.of(),
                                shipped,
                                catalogue,
                                Map.of(),
                                Instant.EPOCH,
                                null,
                                null));

        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutRenderer.render(content, paper);
            Files.write(
                    Files.createDirectories(Path.of("target", "handout-samples"))
                            .resolve("shipped-" + paper + ".pdf"),
                    pdf);
            assertThat(HandoutFixtures.pages(pdf)).as(paper.name()).isBetween(3, 5);
            assertThat(HandoutFixtures.text(pdf))
                    .as("anticoagulants: the gentle version")
                    .contains(shipped.get("LEVATOR_SCAPULAE").gentlePressure());
        }
    }

    /** A session over the muscles whose home care the safety review changed most, for a client with every condition. */
    static TreatmentNote everyConditionNote(Map<String, Muscle> byCode) {
        Client client = HandoutFixtures.client(Contraindication.values());
        List<TreatedPoint> points = new ArrayList<>();
        Object[][] places = {
            {"STERNOCLEIDOMASTOID", BodyView.ANTERIOR, 0.465, 0.125},
            {"UPPER_TRAPEZIUS", BodyView.POSTERIOR, 0.575, 0.17},
            {"DELTOID", BodyView.ANTERIOR, 0.385, 0.21},
            {"DELTOID", BodyView.POSTERIOR, 0.625, 0.21},
            {"SERRATUS_ANTERIOR", BodyView.ANTERIOR, 0.405, 0.295},
            {"RHOMBOIDS", BodyView.POSTERIOR, 0.545, 0.235},
            {"RECTUS_ABDOMINIS", BodyView.ANTERIOR, 0.48, 0.38},
            {"THORACOLUMBAR_PARASPINALS", BodyView.POSTERIOR, 0.535, 0.36},
            {"ILIOPSOAS", BodyView.ANTERIOR, 0.445, 0.5},
            {"GLUTEUS_MEDIUS", BodyView.POSTERIOR, 0.585, 0.445},
            {"PIRIFORMIS", BodyView.POSTERIOR, 0.58, 0.485},
            {"HAMSTRINGS", BodyView.POSTERIOR, 0.555, 0.61},
            {"PERONEUS_LONGUS", BodyView.ANTERIOR, 0.42, 0.765},
            {"GASTROCNEMIUS", BodyView.POSTERIOR, 0.535, 0.765}
        };
        for (Object[] place : places) {
            points.add(HandoutFixtures.treated(
                    client,
                    byCode.get((String) place[0]),
                    Side.RIGHT,
                    (BodyView) place[1],
                    (double) place[2],
                    (double) place[3],
                    60));
        }
        return HandoutFixtures.note(client, HomeCare.NONE, points);
    }

    HandoutContent everyConditionHandout(Map<Contraindication, Set<Region>> sites) {
        Map<String, Muscle> byCode = muscles.stream().collect(Collectors.toMap(Muscle::code, m -> m));
        TreatmentNote note = everyConditionNote(byCode);
        return new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                HandoutFixtures.LETTERHEAD,
                                "Zoë O'Brien",
                                "Jo Bloggs",
                                note.client().contraindications(),
                                sites,
                                texts.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text)),
                                stretches.entrySet().stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> e.getValue().stream()
                                                        .map(HomeStretch::of)
                                                        .toList())),
                                Map.of(),
                                Instant.EPOCH,
                                null,
                                null));
    }

    @Test
    void aClientWithEveryContraindicationIsGivenOnlyWhatIsSafeForThem() throws IOException {
        // In a fixed order (Map.of and Set.of iterate in one that changes from JVM to JVM), so that nothing in the
        // sheet's facts differs between runs that compare it byte for byte (docs/performance.md).
        Map<Contraindication, Set<Region>> sites = new LinkedHashMap<>();
        sites.put(Contraindication.RECENT_TRAUMA, EnumSet.of(Region.LEG_FOOT));
        sites.put(Contraindication.SKIN_LESION, EnumSet.of(Region.CHEST));
        sites.put(Contraindication.CANCER_HISTORY, EnumSet.of(Region.ARM));
        for (Map<Contraindication, Set<Region>> recorded : List.of(sites, Map.<Contraindication, Set<Region>>of())) {
            byte[] pdf = HandoutRenderer.render(everyConditionHandout(recorded), PaperSize.A4);
            Files.write(
                    Files.createDirectories(Path.of("target", "handout-samples"))
                            .resolve(recorded.isEmpty() ? "every-condition-no-sites-A4.pdf" : "every-condition-A4.pdf"),
                    pdf);
            String text = HandoutFixtures.text(pdf);

            assertThat(text)
                    .as("no ball, no body weight, nothing flat on the back or face down")
                    .doesNotContain("tennis ball")
                    .doesNotContain("on a ball on")
                    .doesNotContain("roll")
                    .doesNotContain("Lie on your back")
                    .doesNotContain("on your front")
                    .doesNotContain("face down with")
                    .doesNotContain("Child pose")
                    .doesNotContain("Knees-to-chest");
            assertThat(text)
                    .contains("Heat: not for now")
                    .doesNotContain("Gentle heat, last")
                    .contains("During pregnancy, please do not press your belly, groin or inner thighs.")
                    .contains("After a deep vein thrombosis, pressing the calf or thigh could loosen a clot")
                    .contains("During pregnancy your belly muscles are already stretched")
                    .contains("signs of a stroke")
                    .contains("Call us on 023 9200 0000");
        }
    }

    /** The sheet for points on the left (as a therapist charts them), with the shipped texts and stretches. */
    String leftSidedSheet(Map<String, String> stretchByMuscle, Contraindication... conditions) throws IOException {
        Map<String, Muscle> byCode = muscles.stream().collect(Collectors.toMap(Muscle::code, m -> m));
        Client client = HandoutFixtures.client(conditions);
        List<TreatedPoint> points = new ArrayList<>();
        stretchByMuscle.forEach((code, stretch) -> {
            Muscle muscle = byCode.get(code);
            MapLocation at = muscle.locations().get(0);
            Stretch chosen = stretches.get(code).stream()
                    .filter(s -> s.code().equals(stretch))
                    .findFirst()
                    .orElse(null);
            points.add(HandoutFixtures.treated(
                    client,
                    muscle,
                    Side.LEFT,
                    at.view(),
                    at.view() == BodyView.ANTERIOR || at.view() == BodyView.POSTERIOR ? 1 - at.x() : at.x(),
                    at.y(),
                    60,
                    new HomePlan(null, null, null, null, chosen, null),
                    false));
        });
        TreatmentNote note = HandoutFixtures.note(client, HomeCare.NONE, points);
        HandoutContent content = new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                HandoutFixtures.LETTERHEAD,
                                "Zoë O'Brien",
                                "Jo Bloggs",
                                client.contraindications(),
                                Map.of(),
                                texts.values().stream().collect(Collectors.toMap(SelfCare::muscleCode, SelfCare::text)),
                                stretches.entrySet().stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> e.getValue().stream()
                                                        .map(HomeStretch::of)
                                                        .toList())),
                                Map.of(),
                                Instant.EPOCH,
                                null,
                                null));
        byte[] pdf = HandoutRenderer.render(content, PaperSize.A4);
        Files.write(
                Files.createDirectories(Path.of("target", "handout-samples")).resolve("both-sides-A4.pdf"), pdf);
        return HandoutFixtures.text(pdf);
    }

    /** From a stretch's heading to how often: what the sheet says about that stretch. */
    static String stretchSection(String text, String name) {
        int start = text.indexOf("Stretch: " + name);
        assertThat(start).as(name).isNotNegative();
        return text.substring(start, text.indexOf("How often", start));
    }

    @Test
    void aStretchThatWorksBothSidesNamesNoSideButAOneSidedStretchStillDoes() throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("ADDUCTOR_LONGUS_BREVIS", "ADDUCTOR_LONGUS_BREVIS_BUTTERFLY");
        chosen.put("ADDUCTOR_MAGNUS", "ADDUCTOR_MAGNUS_WIDE_LEG_FORWARD");
        chosen.put("MULTIFIDI", "MULTIFIDI_KNEE_ROLLS");
        chosen.put("GASTROCNEMIUS", "GASTROCNEMIUS_WALL_KNEE_STRAIGHT");
        String text = leftSidedSheet(chosen);

        for (String name : List.of("Butterfly stretch", "Wide-leg forward stretch", "Lying knee rolls")) {
            assertThat(stretchSection(text, name))
                    .as(name)
                    .doesNotContain("Work on your")
                    .doesNotContain("Work on both sides")
                    .contains("This stretch works both sides.");
        }
        assertThat(stretchSection(text, "Wall calf stretch, knee straight"))
                .contains("Work on your left side.")
                .doesNotContain("This stretch works both sides.");
    }

    /**
     * With osteoporosis the knees-to-chest stretch gives way to lying knee rolls: a gentle twist, not a straight back,
     * and the sheet says what it is (DOMAIN.md: no loaded spinal flexion; the safety box: no forceful twisting).
     */
    @Test
    void theOsteoporosisAlternativeIsCaptionedAsWhatItIs() throws IOException {
        Map<String, String> usual = new LinkedHashMap<>();
        usual.put("THORACOLUMBAR_PARASPINALS", null);
        String section = stretchSection(leftSidedSheet(usual, Contraindication.OSTEOPOROSIS), "Lying knee rolls");

        assertThat(section)
                .contains("roll slowly to one side")
                .doesNotContain("kept straight")
                .doesNotContain("back straight")
                .contains("never twist with force");
    }

    /** The caption beside a stretch says where the pull is felt ("You should feel a gentle pull (…)"): the steps too. */
    @Test
    void theSubscapularisStretchIsFeltWhereItsCaptionSaysInEnglishAndSpanish() throws SQLException {
        String english = String.join(" ", stretches.get("SUBSCAPULARIS").get(0).steps());
        assertThat(english)
                .doesNotContain("front of the shoulder")
                .contains("armpit")
                .contains("under the shoulder blade");
        assertThat(HandoutWording.english().layName("SUBSCAPULARIS")).contains("armpit");
        try (Connection c = database.database().dataSource().getConnection();
                Statement sql = c.createStatement()) {
            var rs = sql.executeQuery("select steps from muscle_stretch_translations"
                    + " where stretch_code = 'SUBSCAPULARIS_DOORWAY_ROTATION' and language = 'es'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1))
                    .doesNotContain("parte delantera del hombro")
                    .contains("axila")
                    .contains("debajo del omóplato");
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
