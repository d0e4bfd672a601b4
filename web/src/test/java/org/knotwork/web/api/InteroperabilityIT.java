package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.clientimport.ClientCsvFixture;
import org.knotwork.dev.DemoPractice;
import org.knotwork.proms.Questionnaires;
import org.knotwork.web.fhir.FhirValidation;

/**
 * Records that travel, through the API on Payara Micro: a charted client with questionnaire answers, an amendment and
 * a handout exported as a FHIR Bundle; the demo practice (with everything else in the database) exported in bulk,
 * kick-off to files; every resource validated by HAPI against R4 and Knotwork's published definitions, zero errors.
 * Then PROMs end to end (a licensed questionnaire loaded, the owner's figure) and the refusals; and a practice moving
 * in: a CSV of a thousand clients with twenty bad rows reported row by row, refused whole, taken on once clean.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InteroperabilityIT {

    static final String ODI = Questionnaires.choices("ODI", 10, 0, 5, "percent-of-max-answered", 8, "10", "lower");
    static final Instant FIRST = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    static final Instant SECOND = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    /** First: the bulk export validates everything in the database, before the import adds a thousand clients. */
    @Test
    @Order(1)
    void aChartedClientAndThePracticeExportAsValidFhirAndQuestionnairesTrendAndCount() throws Exception {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply loaded = owner.post(
                "api/questionnaires",
                Json.createObjectBuilder()
                        .add("licence", "Test licence held by the practice")
                        .add("questionnaire", read(ODI))
                        .build()
                        .toString());
        assertThat(loaded.status()).as(loaded.toString()).isIn(201, 409);

        // The charted client's handout needs the practice's phone, which this test sets itself, whatever ran before.
        Staff.letterheadWithPhone(deployment);
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String clientId = chartedClient(therapist);

        Api.Reply trend = therapist.get("api/clients/" + clientId + "/questionnaire-responses");
        assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
        JsonObject psfs = trend.json().getJsonArray("measures").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("code").equals("PSFS"))
                .findFirst()
                .orElseThrow();
        assertThat(psfs.getJsonNumber("baseline").doubleValue()).isEqualTo(3.0);
        assertThat(psfs.getJsonArray("responses").getJsonObject(1).getBoolean("important"))
                .as("PSFS 3 -> 6: the important change")
                .isTrue();

        FhirValidation validation =
                new FhirValidation(owner.get("api/fhir/conformance").body());

        Api.Reply bundle = therapist.get("api/clients/" + clientId + "/$everything");
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("application/fhir+json");
        List<JsonObject> resources = bundle.json().getJsonArray("entry").stream()
                .map(e -> e.asJsonObject().getJsonObject("resource"))
                .toList();
        Map<String, Integer> types = validate(validation, resources);
        assertThat(types)
                .containsKeys(
                        "Patient",
                        "BodyStructure",
                        "Encounter",
                        "Procedure",
                        "Observation",
                        "CarePlan",
                        "DocumentReference",
                        "Provenance",
                        "QuestionnaireResponse",
                        "ClinicalImpression");

        Staff.owner(deployment); // the practice's first owner made, its password changed at the first sign-in
        DemoPractice.loadInto(URI.create(deployment + "api/"), Staff.FIRST_OWNER, Staff.PASSWORD);
        Map<String, Integer> bulk = validate(validation, bulkExport(owner));
        assertThat(bulk.get("Patient")).isGreaterThanOrEqualTo(8);
        assertThat(bulk.get("Procedure")).isGreaterThanOrEqualTo(15);

        assertThat(owner.get("api/audit?size=100").json().getJsonArray("items").stream()
                        .map(e -> e.asJsonObject().getString("action")))
                .contains("BULK_EXPORT_REQUESTED", "BULK_EXPORT_DOWNLOADED");

        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        Api.Reply figure = owner.get("api/outcomes/questionnaires?from=" + from + "&to=" + from.plusDays(32));
        assertThat(figure.status()).as(figure.toString()).isEqualTo(200);
        assertThat(figure.body())
                .contains("\"code\":\"PSFS\"")
                .contains("\"code\":\"PGIC\"")
                .contains("\"code\":\"ODI\"");
    }

    @Test
    @Order(2)
    void exportsAreRefusedToThoseWhoMayNotAndAskedForProperly() {
        Api admin = Staff.admin(deployment);
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String clientId = therapist
                .post("api/clients", ClientApiIT.client("Refused", ClientApiIT.unique("Export")))
                .json()
                .getString("id");
        assertThat(admin.get("api/clients/" + clientId + "/$everything").status())
                .isEqualTo(403);
        assertThat(therapist
                        .send("GET", "api/fhir/$export", "application/json", null, Map.of("Prefer", "respond-async"))
                        .status())
                .isEqualTo(403);
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply noPrefer = owner.get("api/fhir/$export");
        assertThat(noPrefer.status()).as(noPrefer.toString()).isEqualTo(400);
        assertThat(noPrefer.body()).contains("Prefer");
        assertThat(owner.send(
                                "GET",
                                "api/fhir/$export?_since=2026-01-01",
                                "application/json",
                                null,
                                Map.of("Prefer", "respond-async"))
                        .status())
                .isEqualTo(400);
        Api.Reply badQuestionnaire = owner.post(
                "api/questionnaires",
                "{\"licence\":\"x\",\"questionnaire\":"
                        + ODI.replace("percent-of-max-answered", "median").replace("\"ODI\"", "\"ODI_BAD\"") + "}");
        assertThat(badQuestionnaire.status()).isEqualTo(400);
        assertThat(badQuestionnaire.body()).contains("questionnaire.extension.method");
    }

    /** A client with a point, two signed sessions (the second amended), a handout and PSFS, PGIC and ODI answers. */
    private static String chartedClient(Api therapist) {
        String clientId = therapist
                .post("api/clients", ClientApiIT.client("Travelling", ClientApiIT.unique("Record")))
                .json()
                .getString("id");
        Api.Reply point = therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":0.6,"y":0.2,"status":"ACTIVE",
                 "criteria":{"tautBand":"YES"}}""");
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        String pointId = point.json().getString("id");
        record(therapist, clientId, null, FIRST, "PSFS", """
                [{"linkId":"activity-1","text":"Reaching overhead","value":3},
                 {"linkId":"activity-2","text":"Carrying shopping","value":2},
                 {"linkId":"activity-3","text":"Driving","value":4}]""");
        record(therapist, clientId, null, FIRST, "ODI", """
                [{"linkId":"q1","value":2},{"linkId":"q2","value":3},{"linkId":"q3","value":1},{"linkId":"q4","value":0},
                 {"linkId":"q5","value":4},{"linkId":"q6","value":2},{"linkId":"q7","value":1},{"linkId":"q8","value":3},
                 {"linkId":"q9","value":2}]""");
        String first = signedNote(therapist, clientId, pointId, FIRST, 7, 250);
        String second = signedNote(therapist, clientId, pointId, SECOND, 4, 320);
        record(therapist, clientId, second, SECOND, "PSFS", """
                [{"linkId":"activity-1","text":"Reaching overhead","value":6},
                 {"linkId":"activity-2","text":"Carrying shopping","value":5},
                 {"linkId":"activity-3","text":"Driving","value":7}]""");
        record(therapist, clientId, second, SECOND, "PGIC", "[{\"linkId\":\"pgic\",\"value\":2}]");
        Api.Reply amended = therapist.post(
                "api/notes/" + first + "/amendments", "{\"reason\":\"Typing mistake\",\"text\":\"Pain after was 4.\"}");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        HttpResponse<byte[]> handout = therapist.download("api/notes/" + second + "/handout");
        assertThat(handout.statusCode()).isEqualTo(200);
        return clientId;
    }

    private static void record(
            Api therapist, String clientId, String noteId, Instant at, String measure, String answers) {
        Api.Reply recorded = therapist.post("api/clients/" + clientId + "/questionnaire-responses", """
                {"measure":"%s",%s"answeredAt":"%s","answers":%s}""".formatted(
                        measure, noteId == null ? "" : "\"noteId\":\"" + noteId + "\",", at, answers));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private static String signedNote(Api therapist, String clientId, String pointId, Instant at, int pain, int ppt) {
        Api.Reply note = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","complaint":"Stiff neck","complaintRegion":"HEAD_NECK","painBefore":%d,
                 "points":[{"triggerPointId":"%s","pptBefore":{"value":%d,"unit":"KPA"},"pptAfter":{"value":%d,"unit":"KPA"},
                 "statusAfter":"LATENT","episodes":[
                  {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":5},
                  {"kind":"STRETCH","stretch":"Ear to shoulder","holdSeconds":30,"repetitions":3,
                   "breathingCoordinated":true,"forced":false},
                  {"kind":"HEAT","modality":"WHEAT_BAG","minutes":8,"skinChecked":true}]}],
                 "reasons":{"1:PAINFUL_COMPRESSION":"Client asked for firmer pressure"},
                 "painAfter":%d,"assessment":"Softer","plan":"Weekly",
                 "homeCare":{"note":"Chin tucks twice a day","nextAppointment":"%s"}}""".formatted(
                        at, pain, pointId, ppt, ppt + 40, Math.max(0, pain - 2), at.plus(7, ChronoUnit.DAYS)));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        Api.Reply signed = therapist.send(
                "POST",
                "api/notes/" + note.json().getString("id") + "/signature",
                "application/json",
                "",
                Map.of("If-Match", "\"" + note.json().getInt("version") + "\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return note.json().getString("id");
    }

    /** Kick-off, polling until complete, and every file downloaded (one compressed, the rest plain). */
    private static List<JsonObject> bulkExport(Api owner) throws IOException, InterruptedException {
        Api.Reply kickOff =
                owner.send("GET", "api/fhir/$export", "application/json", null, Map.of("Prefer", "respond-async"));
        assertThat(kickOff.status()).as(kickOff.toString()).isEqualTo(202);
        String status = kickOff.header("Content-Location");
        assertThat(status).contains("/api/fhir/bulk/");
        String path = status.substring(status.indexOf("api/fhir/bulk/"));
        Api.Reply manifest = owner.get(path);
        for (int i = 0; i < 240 && manifest.status() == 202; i++) {
            Thread.sleep(500);
            manifest = owner.get(path);
        }
        assertThat(manifest.status()).as(manifest.toString()).isEqualTo(200);
        List<JsonObject> resources = new ArrayList<>();
        boolean compressed = true;
        for (JsonValue value : manifest.json().getJsonArray("output")) {
            JsonObject file = value.asJsonObject();
            String url = file.getString("url");
            HttpResponse<byte[]> download = owner.download(
                    url.substring(url.indexOf("api/fhir/bulk/")),
                    compressed ? Map.of("Accept-Encoding", "gzip") : Map.of());
            assertThat(download.statusCode()).isEqualTo(200);
            byte[] bytes = compressed
                    ? new GZIPInputStream(new ByteArrayInputStream(download.body())).readAllBytes()
                    : download.body();
            compressed = false;
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(file.getInt("count"));
            lines.forEach(line -> resources.add(read(line)));
        }
        assertThat(owner.delete(path).status()).isEqualTo(202);
        assertThat(owner.get(path).status()).isEqualTo(404);
        return resources;
    }

    private static Map<String, Integer> validate(FhirValidation validation, List<JsonObject> resources) {
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

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    @Order(3)
    void aThousandClientsWithTwentyBadRowsAreReportedAndWrittenOnlyWhenClean() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        long before = clients(owner);

        Api.Reply dryRun = owner.send(
                "POST", "api/clients/import?dryRun=true", "text/csv", ClientCsvFixture.thousandWithTwentyBad());
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().getInt("rows")).isEqualTo(1000);
        assertThat(dryRun.json().getJsonArray("problems").stream()
                        .map(p -> p.asJsonObject().getInt("row"))
                        .distinct())
                .containsExactlyElementsOf(ClientCsvFixture.BAD_ROWS);
        assertThat(clients(owner)).isEqualTo(before);

        Api.Reply refused =
                owner.send("POST", "api/clients/import", "text/csv", ClientCsvFixture.thousandWithTwentyBad());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).startsWith("20 of 1000 rows");
        assertThat(clients(owner)).as("all or nothing").isEqualTo(before);
        assertThat(audit(owner)).contains("CLIENTS_IMPORT_CHECKED SUCCESS", "CLIENTS_IMPORTED FAILED");

        Api.Reply imported = owner.send("POST", "api/clients/import", "text/csv", ClientCsvFixture.thousand(true));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(1000);
        assertThat(clients(owner)).isEqualTo(before + 1000);

        assertThat(audit(owner)).contains("CLIENTS_IMPORTED SUCCESS", "CREATE SUCCESS");
        // A short file: the refusal answers before a body is read, and a long one would still be on its way.
        assertThat(Staff.signedIn(deployment, "THERAPIST")
                        .send("POST", "api/clients/import?dryRun=true", "text/csv", "First name,Surname\nA,B")
                        .status())
                .isEqualTo(403);
    }

    private static java.util.List<String> audit(Api owner) {
        return owner.get("api/audit?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("action") + " " + e.getString("outcome"))
                .toList();
    }

    private static long clients(Api api) {
        JsonObject page = api.get("api/clients?archived=true&size=1").json();
        return page.getJsonNumber("total").longValue();
    }
}
