package org.knotwork.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.fhir.Conformance;
import org.knotwork.fhir.FhirResources;
import org.knotwork.fhir.Scope;
import org.knotwork.outcomes.SyntheticPractice;
import org.knotwork.proms.LoadedQuestionnaire;
import org.knotwork.proms.Measure;
import org.knotwork.proms.MeasureCatalogue;
import org.knotwork.proms.Questionnaires;
import org.knotwork.testing.MigratedDatabase;

/**
 * Every kind of resource the export writes, validated by the HAPI FHIR validator against base R4 and Knotwork's own
 * definitions: the busiest client of a small synthetic practice (every technique, deviations with reasons, status
 * changes), given what the generator does not make (amendments, a handout, home care, questionnaire answers of each
 * kind, one withdrawn). Zero errors.
 */
class FhirExportValidityTest {

    static final String BASE = "https://clinic.example/knotwork/api/";
    static final ZoneId CLINIC = ZoneId.of("Australia/Sydney");
    static final String ODI = Questionnaires.choices("ODI", 10, 0, 5, "percent-of-max-answered", 8, "10", "lower");

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static List<Measure> measures;
    static FhirValidation validation;
    static UUID charted;

    @BeforeAll
    static void practice() throws SQLException {
        database = MigratedDatabase.start(dataDirectory);
        DataSource source = database.database().dataSource();
        SyntheticPractice.generate(source, SyntheticPractice.Size.SMALL, 7);
        measures = new ArrayList<>(MeasureCatalogue.builtIn());
        measures.add(LoadedQuestionnaire.read(ODI));
        try (Connection c = source.getConnection()) {
            charted = ExportFixture.addTheRest(c, ODI);
            List<Conformance.MuscleCode> muscles = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows =
                            s.executeQuery("select code, name, snomed_code from muscles order by sort_order")) {
                while (rows.next()) {
                    muscles.add(new Conformance.MuscleCode(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            validation =
                    new FhirValidation(Conformance.bundle(Conformance.resources(muscles, measures, Map.of("ODI", ODI)))
                            .toString());
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void everyResourceOfTheBusiestClientWithAnswersAmendmentsAndAHandoutIsValidR4() throws SQLException {
        Map<String, Integer> types = validate(exported(charted));

        assertThat(types.keySet())
                .containsExactlyInAnyOrder(
                        "Practitioner",
                        "Patient",
                        "Condition",
                        "BodyStructure",
                        "Encounter",
                        "ClinicalImpression",
                        "Procedure",
                        "Observation",
                        "CarePlan",
                        "DocumentReference",
                        "Provenance",
                        "QuestionnaireResponse");
    }

    /**
     * A point on the centre line has no laterality: it is qualified as SNOMED CT "Midline" and never as "right and
     * left", which would say there is a point on each side; points on a side keep their laterality. Valid R4 either
     * way (the busiest client's export above includes the fixture's midline point).
     */
    @Test
    void aMidlinePointIsQualifiedAsMidlineNeverAsBothSides() throws SQLException {
        Map<String, String> expected = Map.of(
                "LEFT", "http://snomed.info/sct|7771000|Left",
                "RIGHT", "http://snomed.info/sct|24028007|Right",
                "MIDLINE", "http://snomed.info/sct|399488007|Midline");
        Map<String, String> sides = new TreeMap<>();
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery("select id, side from trigger_points where client_id = '" + charted + "'")) {
            while (rows.next()) {
                sides.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, List<String>> qualifiers = new TreeMap<>();
        for (JsonObject resource : exported(charted)) {
            if (resource.getString("resourceType").equals("BodyStructure")) {
                List<String> codes = new ArrayList<>();
                for (JsonObject qualifier :
                        resource.getJsonArray("locationQualifier").getValuesAs(JsonObject.class)) {
                    for (JsonObject coding : qualifier.getJsonArray("coding").getValuesAs(JsonObject.class)) {
                        codes.add(coding.getString("system") + "|" + coding.getString("code") + "|"
                                + coding.getString("display"));
                    }
                }
                qualifiers.put(resource.getString("id"), codes);
            }
        }

        assertThat(sides).containsEntry(ExportFixture.MIDLINE_POINT.toString(), "MIDLINE");
        assertThat(sides.values()).as("a point on a side as well").anyMatch(side -> !side.equals("MIDLINE"));
        assertThat(qualifiers).containsOnlyKeys(sides.keySet());
        sides.forEach((id, side) ->
                assertThat(qualifiers.get(id)).as(side + " point " + id).containsExactly(expected.get(side)));
        assertThat(qualifiers.values())
                .noneMatch(codes -> codes.stream().anyMatch(code -> code.contains("|51440002|")));
    }

    /**
     * A recent trauma travels as a Condition whose onset is when it happened: the clinic's date, and its time with the
     * clinic's offset when recorded (June in Sydney: +10:00), with its sites as body sites; one without a date has no
     * onset. Each is valid R4.
     */
    @Test
    void aRecentTraumaIsAConditionWithTheDateAndTimeItHappenedAsItsOnset() throws SQLException {
        UUID dayOnly;
        UUID undated;
        try (Connection c = database.database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("select id from clients where id <> '" + charted
                    + "' and date_of_birth < '2026-01-01' order by id limit 2")) {
                rows.next();
                dayOnly = rows.getObject(1, UUID.class);
                rows.next();
                undated = rows.getObject(1, UUID.class);
            }
            s.executeUpdate("insert into client_contraindications (client_id, code) values ('" + dayOnly
                    + "', 'RECENT_TRAUMA'), ('" + undated + "', 'RECENT_TRAUMA')");
            s.executeUpdate("update clients set injury_date = '2026-06-18' where id = '" + dayOnly + "'");
        }

        JsonObject timed = trauma(charted);
        assertThat(timed.getString("onsetDateTime")).isEqualTo("2026-06-19T18:30:00+10:00");
        assertThat(timed.getJsonObject("code").getString("text")).isEqualTo("Recent trauma (< 72 h)");
        assertThat(timed.getJsonArray("bodySite").getValuesAs(JsonObject.class))
                .extracting(site -> site.getJsonArray("coding").getJsonObject(0).getString("code"))
                .containsExactly("SHOULDER", "UPPER_BACK");
        assertThat(timed.getJsonObject("subject").getString("reference")).isEqualTo("Patient/" + charted);
        assertThat(trauma(dayOnly).getString("onsetDateTime")).isEqualTo("2026-06-18");
        assertThat(trauma(dayOnly).containsKey("bodySite"))
                .as("no site: anywhere")
                .isFalse();
        assertThat(trauma(undated).containsKey("onsetDateTime"))
                .as("no date: the receiver cannot tell when it stops being recent")
                .isFalse();
        validate(List.of(timed, trauma(dayOnly), trauma(undated)));
    }

    private static JsonObject trauma(UUID clientId) throws SQLException {
        return exported(clientId).stream()
                .filter(r -> r.getString("id").equals(clientId + "-recent-trauma"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recent-trauma Condition for " + clientId));
    }

    /**
     * The code systems, concept map and questionnaires. The StructureDefinitions are left to their use: validating one
     * on its own asks HAPI 8.8 to regenerate its snapshot from a package it cannot name ("hl7.fhir.r4.core#null"),
     * while every exported resource carrying an extension is validated against it, snapshot and all.
     */
    @Test
    void knotworksOwnDefinitionsAreValidR4() {
        List<JsonObject> resources = Conformance.resources(
                List.of(new Conformance.MuscleCode("UPPER_TRAPEZIUS", "Upper trapezius", "31764008")),
                measures,
                Map.of("ODI", ODI));
        Map<String, List<String>> errors = new TreeMap<>();
        for (JsonObject resource : resources) {
            if (resource.getString("resourceType").equals("StructureDefinition")) {
                continue;
            }
            List<String> found = validation.errors(resource.toString());
            if (!found.isEmpty()) {
                errors.put(resource.getString("resourceType") + "/" + resource.getString("id"), found);
            }
        }
        assertThat(errors).isEmpty();
    }

    private static List<JsonObject> exported(UUID clientId) throws SQLException {
        List<JsonObject> resources = new ArrayList<>();
        try (Connection c = database.database().dataSource().getConnection()) {
            FhirResources.write(c, Scope.client(clientId, BASE, CLINIC), measures, resources::add);
        }
        return resources;
    }

    /** Validates each resource; fails listing every error; answers how many of each type there were. */
    private static Map<String, Integer> validate(List<JsonObject> resources) {
        Map<String, Integer> types = new LinkedHashMap<>();
        Map<String, List<String>> errors = new TreeMap<>();
        for (JsonObject resource : resources) {
            types.merge(resource.getString("resourceType"), 1, Integer::sum);
            List<String> found = validation.errors(resource.toString());
            if (!found.isEmpty()) {
                errors.put(resource.getString("resourceType") + "/" + resource.getString("id"), found);
            }
        }
        assertThat(errors).as("validation errors").isEmpty();
        return types;
    }
}
