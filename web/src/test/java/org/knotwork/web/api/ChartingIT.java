package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A therapist charts a whole session through the API on the built WAR: points on the body map, compression,
 * stretch and heat for each, deviations with reasons, signing, an amendment; and the audit shows all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChartingIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Api therapist;
    String clientId;

    @BeforeEach
    void aClientOnAnticoagulants() {
        therapist = Staff.signedIn(deployment, "THERAPIST");
        Api.Reply client = therapist.post("api/clients", ClientApiIT.client("Chart", ClientApiIT.unique("Session")));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        clientId = client.json().getString("id");
    }

    String chartPoint(String muscle, String side, double x) {
        Api.Reply point = therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"%s","side":"%s","view":"POSTERIOR","x":%s,"y":0.2,"status":"ACTIVE",
                 "criteria":{"tautBand":"YES","spotTenderness":"YES","jumpSign":"NO"},
                 "referredPain":"Up the neck to the temple"}""".formatted(muscle, side, x));
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        return point.json().getString("id");
    }

    static String session(String trapezius, String levator, int trapeziusDiscomfort, String reasons) {
        return """
                {"sessionAt":"2026-03-02T10:00:00Z","complaint":"Neck pain at the desk","painBefore":6,
                 "points":[
                  {"triggerPointId":"%s","pptBefore":{"value":2.5,"unit":"KGF_CM2"},"pptAfter":{"value":320,"unit":"KPA"},
                   "statusAfter":"LATENT","episodes":[
                    {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":%d,
                     "releaseReason":"TISSUE_RELEASED"},
                    {"kind":"STRETCH","stretch":"Ear to shoulder","holdSeconds":30,"repetitions":3,
                     "breathingCoordinated":true,"forced":false},
                    {"kind":"HEAT","modality":"WHEAT_BAG","minutes":8,"skinChecked":true}]},
                  {"triggerPointId":"%s","pptBefore":{"value":2.0},"episodes":[
                    {"kind":"COMPRESSION","pressureLevel":2,"holdSeconds":45,"repetitions":1,"discomfort":1},
                    {"kind":"HEAT","modality":"HEAT_PACK","minutes":12,"skinChecked":true},
                    {"kind":"STRETCH","stretch":"Chin to armpit","holdSeconds":30,"repetitions":2,
                     "breathingCoordinated":true,"forced":false}]}],
                 "assessment":"Upper trapezius eased","plan":"Weekly for three weeks","painAfter":3,
                 "reasons":%s}""".formatted(trapezius, trapeziusDiscomfort, levator, reasons);
    }

    static List<String> deviationTypes(JsonObject note) {
        return note.getJsonArray("deviations").stream()
                .map(d -> d.asJsonObject().getString("type"))
                .toList();
    }

    @Test
    void aSessionIsChartedSignedAmendedAndAudited() {
        String trapezius = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);
        String levator = chartPoint("LEVATOR_SCAPULAE", "RIGHT", 0.58);

        Api.Reply draft = therapist.post("api/clients/" + clientId + "/notes", session(trapezius, levator, 5, "{}"));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        JsonObject note = draft.json();
        String noteId = note.getString("id");
        assertThat(deviationTypes(note))
                .containsExactlyInAnyOrder("PAINFUL_COMPRESSION", "HEAT_OUT_OF_RANGE", "HEAT_BEFORE_STRETCH");
        JsonObject ppt = note.getJsonArray("points").getJsonObject(0).getJsonObject("pptBefore");
        assertThat(ppt.getJsonNumber("kpa").doubleValue()).isCloseTo(245.166, within(0.001));

        Api.Reply unexplained = therapist.send(
                "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"0\""));
        assertThat(unexplained.status()).as(unexplained.toString()).isEqualTo(400);
        assertThat(unexplained.json().getString("detail")).contains("reason for each protocol deviation");

        StringBuilder reasons = new StringBuilder("{");
        for (JsonValue d : note.getJsonArray("deviations")) {
            reasons.append(reasons.length() > 1 ? "," : "")
                    .append('"')
                    .append(d.asJsonObject().getString("key"))
                    .append("\":\"Client asked for it\"");
        }
        String explained = session(trapezius, levator, 5, reasons.append('}').toString());
        Api.Reply saved = therapist.put("api/notes/" + noteId, explained, Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Reply stale = therapist.put("api/notes/" + noteId, explained, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).as("a stale draft save").isEqualTo(409);

        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"1\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getString("status")).isEqualTo("SIGNED");

        Api.Reply edit = therapist.put("api/notes/" + noteId, explained, Map.of("If-Match", "\"2\""));
        assertThat(edit.status()).as("a signed note is never edited").isEqualTo(409);

        Api.Reply amended = therapist.post(
                "api/notes/" + noteId + "/amendments",
                "{\"reason\":\"Wrong side\",\"text\":\"The levator point was on the left.\"}");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.json().getJsonArray("amendments")).hasSize(1);
        assertThat(amended.json().getString("complaint")).isEqualTo("Neck pain at the desk");
        JsonObject reread = therapist.get("api/notes/" + noteId).json();
        assertThat(reread.getJsonArray("amendments").getJsonObject(0).getString("reason"))
                .isEqualTo("Wrong side");
        assertThat(reread.getString("status")).isEqualTo("SIGNED");

        JsonObject chart = therapist.get("api/clients/" + clientId + "/chart").json();
        assertThat(chart.getJsonArray("points").stream()
                        .filter(p -> p.asJsonObject().getString("id").equals(trapezius))
                        .map(p -> p.asJsonObject().getString("status")))
                .as("signing left the trapezius point latent")
                .containsExactly("LATENT");
        assertThat(chart.getJsonArray("recentNotes").getJsonObject(0).getInt("deviations"))
                .isEqualTo(3);

        Api owner = Staff.signedIn(deployment, "OWNER");
        List<String> audited = owner.get("api/audit?size=100&client=" + clientId).json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action") + " "
                        + e.asJsonObject().getString("recordType"))
                .toList();
        assertThat(audited)
                .contains(
                        "CREATE TRIGGER_POINT",
                        "CREATE NOTE",
                        "UPDATE NOTE",
                        "SIGN NOTE",
                        "AMEND NOTE",
                        "READ CHART",
                        "READ NOTE");
    }

    static List<String> flags(JsonObject withDeviations) {
        return withDeviations.getJsonArray("deviations").stream()
                .map(d -> d.asJsonObject().getString("key") + " "
                        + d.asJsonObject().getString("explanation"))
                .toList();
    }

    @Test
    void aPreviewShowsWhatASaveWouldFindAndStoresNothing() {
        String trapezius = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);
        String levator = chartPoint("LEVATOR_SCAPULAE", "RIGHT", 0.58);
        String body = session(trapezius, levator, 5, "{}");

        Api.Reply preview = therapist.post("api/clients/" + clientId + "/notes/preview", body);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getJsonArray("errors")).isEmpty();
        assertThat(preview.json().getJsonArray("deviations").stream()
                        .map(JsonValue::asJsonObject)
                        .map(d -> d.getString("type") + " point " + d.getInt("pointIndex") + " episode "
                                + d.getInt("episodeIndex") + " needs " + d.getString("needs")))
                .containsExactly(
                        "PAINFUL_COMPRESSION point 0 episode 0 needs REASON",
                        "HEAT_OUT_OF_RANGE point 1 episode 1 needs REASON",
                        "HEAT_BEFORE_STRETCH point 1 episode 1 needs REASON");
        assertThat(therapist.get("api/clients/" + clientId + "/chart").json().getJsonArray("recentNotes"))
                .as("a preview stores no note")
                .isEmpty();
        Api owner = Staff.signedIn(deployment, "OWNER");
        assertThat(owner.get("api/audit?size=100&client=" + clientId).json().getJsonArray("items").stream()
                        .map(e -> e.asJsonObject().getString("recordType")))
                .as("a preview is a computation, not a change or a read of a note")
                .doesNotContain("NOTE");

        Api.Reply saved = therapist.post("api/clients/" + clientId + "/notes", body);
        assertThat(flags(saved.json()))
                .as("the save finds exactly what the preview showed")
                .containsExactlyElementsOf(flags(preview.json()));

        Api.Reply refused =
                therapist.post("api/clients/" + clientId + "/notes/preview", session(trapezius, levator, 14, "{}"));
        assertThat(refused.status()).as("a half-typed session is not an error").isEqualTo(200);
        assertThat(refused.json().getJsonArray("deviations")).isEmpty();
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("points[0].episodes[0].discomfort");
        Api.Reply tooMany = therapist.post("api/clients/" + clientId + "/notes/preview", """
                {"sessionAt":"2026-03-02T10:00:00Z","painBefore":11}""");
        assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("painBefore");

        assertThat(owner.post("api/clients/" + clientId + "/notes/preview", body)
                        .status())
                .as("previews are for the therapist charting")
                .isEqualTo(403);
    }

    @Test
    void theProtocolIsServedAsData() {
        JsonObject protocol = therapist.get("api/protocol").json();

        assertThat(protocol.getJsonArray("deviationTypes").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(t -> t.getString("code").equals("HEAT_OUT_OF_RANGE"))
                        .map(t -> t.getString("title") + " / " + t.getString("needs")))
                .containsExactly("Heat outside 5–10 minutes / REASON");
        assertThat(protocol.getJsonObject("heatMinutes").getInt("min")).isEqualTo(5);
        assertThat(protocol.getJsonObject("heatMinutes").getInt("max")).isEqualTo(10);
        assertThat(protocol.getJsonArray("contraindications")).hasSize(11);
    }

    /**
     * The 409s of a second point on a muscle still treated and of a second open draft, as a caller of the API sees
     * them: problem+json naming the records and the field that says the caller means another; the flags only where a
     * record is created.
     */
    @Test
    void aSecondPointOnAMuscleStillTreatedAndASecondDraftAreRefusedNamingThemUntilTheCallerSaysSo() {
        String trapezius = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);
        String point =
                "{\"muscle\":\"UPPER_TRAPEZIUS\",\"side\":\"RIGHT\",\"view\":\"POSTERIOR\",\"x\":0.62,\"y\":0.22%s}";

        Api.Reply again = therapist.post("api/clients/" + clientId + "/trigger-points", point.formatted(""));
        SecurityIT.assertProblem(again, 409);
        assertThat(ids(again.json())).containsExactly(trapezius);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("besideStillTreated");
        assertThat(again.json().getString("detail"))
                .contains("Upper trapezius (right)")
                .contains("an active point charted")
                .contains(trapezius);
        Api.Reply another = therapist.post(
                "api/clients/" + clientId + "/trigger-points", point.formatted(",\"besideStillTreated\":true"));
        assertThat(another.status()).as(another.toString()).isEqualTo(201);
        Api.Reply flagOnCorrection = therapist.put(
                "api/trigger-points/" + trapezius, "{\"besideStillTreated\":true}", Map.of("If-Match", "\"0\""));
        SecurityIT.assertProblem(flagOnCorrection, 400);
        assertThat(flagOnCorrection
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("besideStillTreated");

        String session = "{\"sessionAt\":\"2026-03-02T10:00:00Z\"%s}";
        Api.Reply first = therapist.post("api/clients/" + clientId + "/notes", session.formatted(""));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String draft = first.json().getString("id");
        Api.Reply second = therapist.post("api/clients/" + clientId + "/notes", session.formatted(""));
        SecurityIT.assertProblem(second, 409);
        assertThat(ids(second.json())).containsExactly(draft);
        assertThat(second.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("besideOpenDraft");
        assertThat(second.json().getString("detail"))
                .startsWith("You already have a draft of a session with this client, from ")
                .contains("2 March 2026")
                .contains(draft);
        Api.Reply misspelt =
                therapist.post("api/clients/" + clientId + "/notes", session.formatted(",\"besideOpendraft\":true"));
        SecurityIT.assertProblem(misspelt, 400);
        Api.Reply beside =
                therapist.post("api/clients/" + clientId + "/notes", session.formatted(",\"besideOpenDraft\":true"));
        assertThat(beside.status()).as(beside.toString()).isEqualTo(201);
        Api.Reply flagOnSave =
                therapist.put("api/notes/" + draft, "{\"besideOpenDraft\":true}", Map.of("If-Match", "\"0\""));
        SecurityIT.assertProblem(flagOnSave, 400);
        assertThat(flagOnSave.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("besideOpenDraft");
        Api.Reply unversioned =
                therapist.send("POST", "api/notes/" + draft + "/signature", "application/json", null, Map.of());
        SecurityIT.assertProblem(unversioned, 400);
        assertThat(unversioned.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("If-Match");
    }

    static List<String> ids(JsonObject problem) {
        return problem.getJsonArray("records").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void rolesDecideWhoChartsAndWhoReads() {
        String point = chartPoint("INFRASPINATUS", "LEFT", 0.4);
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api admin = Staff.signedIn(deployment, "ADMIN");
        Api colleague = Staff.signedIn(deployment, "THERAPIST");

        assertThat(owner.get("api/clients/" + clientId + "/chart").status()).isEqualTo(200);
        assertThat(admin.get("api/clients/" + clientId + "/chart").status()).isEqualTo(403);
        assertThat(owner.post("api/clients/" + clientId + "/notes", "{}").status())
                .as("owners read, therapists chart")
                .isEqualTo(403);
        assertThat(new Api(deployment).get("api/trigger-points/" + point).status())
                .isEqualTo(401);

        String noteId = therapist
                .post("api/clients/" + clientId + "/notes", "{\"sessionAt\":\"2026-03-02T10:00:00Z\"}")
                .json()
                .getString("id");
        assertThat(colleague.get("api/notes/" + noteId).status()).isEqualTo(200);
        assertThat(colleague
                        .put("api/notes/" + noteId, "{\"painBefore\":5}", Map.of("If-Match", "\"0\""))
                        .status())
                .as("only the author edits a draft")
                .isEqualTo(403);
    }

    String signedSession(String point, String at, int painBefore, int painAfter, double pptBefore) {
        Api.Reply draft = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","painBefore":%d,"painAfter":%d,"points":[{"triggerPointId":"%s",
                 "pptBefore":{"value":%s,"unit":"KPA"},"pptAfter":{"value":%s,"unit":"KPA"},"statusAfter":"LATENT",
                 "episodes":[{"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":2},
                  {"kind":"STRETCH","stretch":"Ear to shoulder","holdSeconds":30,"repetitions":3,
                   "breathingCoordinated":true,"forced":false},
                  {"kind":"HEAT","modality":"WHEAT_BAG","minutes":8,"skinChecked":true}]}]}""".formatted(
                        at, painBefore, painAfter, point, pptBefore, pptBefore + 40));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String noteId = draft.json().getString("id");
        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"0\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return noteId;
    }

    @Test
    void progressDrawsSignedSessionsWithTheImportantChangeMarkedAndFollowsTheNotesSetting() {
        String point = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);
        signedSession(point, "2026-03-02T10:00:00Z", 7, 4, 200);
        signedSession(point, "2026-03-09T10:00:00Z", 6, 3, 230);
        signedSession(point, "2026-03-16T10:00:00Z", 4, 2, 260);
        therapist.post(
                "api/clients/" + clientId + "/notes", "{\"sessionAt\":\"2026-03-20T10:00:00Z\",\"painBefore\":1}");

        Api.Reply reply = therapist.get("api/clients/" + clientId + "/progress");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject progress = reply.json();
        assertThat(progress.getInt("baselinePain")).isEqualTo(7);
        assertThat(progress.getInt("clinicallyImportantChange")).isEqualTo(2);
        assertThat(progress.getJsonArray("sessions").stream()
                        .map(s -> s.asJsonObject().getInt("painBefore") + ":"
                                + s.asJsonObject().getBoolean("importantChange"))
                        .toList())
                .as("signed sessions only, oldest first, the 3-point drop marked")
                .containsExactly("7:false", "6:false", "4:true");
        JsonObject threshold = progress.getJsonArray("thresholds").getJsonObject(2);
        assertThat(threshold.getString("muscleName")).isEqualTo("Upper trapezius");
        assertThat(threshold.getJsonObject("before").getJsonNumber("kpa").doubleValue())
                .isEqualTo(260.0);
        assertThat(progress.getJsonArray("statusChanges").stream()
                        .map(c -> c.asJsonObject().getString("to"))
                        .toList())
                .as("charted active, left latent by the first session")
                .containsExactly("ACTIVE", "LATENT");

        Api owner = Staff.signedIn(deployment, "OWNER");
        assertThat(owner.get("api/clients/" + clientId + "/progress").json().getJsonArray("sessions"))
                .hasSize(3);
        assertThat(Staff.signedIn(deployment, "ADMIN")
                        .get("api/clients/" + clientId + "/progress")
                        .status())
                .isEqualTo(403);
        assertThat(therapist
                        .get("api/clients/" + java.util.UUID.randomUUID() + "/progress")
                        .status())
                .isEqualTo(404);

        Api admin = Staff.admin(deployment);
        JsonObject settings = admin.get("api/practice-settings").json();
        Api colleague = Staff.signedIn(deployment, "THERAPIST");
        try {
            setOwnClientsOnly(admin, settings, true);
            Api.Reply hidden = colleague.get("api/clients/" + clientId + "/progress");
            assertThat(hidden.status())
                    .as("a therapist who does not look after the client does not see them")
                    .isEqualTo(403);
            assertThat(therapist
                            .get("api/clients/" + clientId + "/progress")
                            .json()
                            .getJsonArray("sessions"))
                    .as("the treating therapist still sees them")
                    .hasSize(3);
        } finally {
            setOwnClientsOnly(admin, admin.get("api/practice-settings").json(), false);
        }

        List<String> audited = owner.get("api/audit?size=100&client=" + clientId).json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action") + " "
                        + e.asJsonObject().getString("recordType"))
                .toList();
        assertThat(audited).contains("READ PROGRESS");
    }

    static void setOwnClientsOnly(Api admin, JsonObject settings, boolean ownClientsOnly) {
        Api.Reply changed = admin.put(
                "api/practice-settings",
                """
                {"ownClientsOnly":%s,"compressionDiscomfortThreshold":%d,"pressureUnit":"%s"}""".formatted(
                                ownClientsOnly,
                                settings.getInt("compressionDiscomfortThreshold"),
                                settings.getString("pressureUnit")),
                Map.of("If-Match", "\"" + settings.getJsonNumber("version").longValue() + "\""));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void badChartingInputIsRefusedWithTheFieldNamed() {
        String point = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);

        Api.Reply unknownMuscle = therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"NOSE","side":"RIGHT","view":"POSTERIOR","x":0.5,"y":0.5}""");
        assertThat(unknownMuscle.status()).isEqualTo(400);
        Api.Reply offTheMap = therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":1.5,"y":0.5}""");
        assertThat(offTheMap.status()).isEqualTo(400);
        assertThat(offTheMap.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("x");

        Api.Reply painful = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"2026-03-02T10:00:00Z","points":[{"triggerPointId":"%s","episodes":[
                 {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":14}]}]}""".formatted(point));
        assertThat(painful.status()).isEqualTo(400);
        assertThat(painful.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("points[0].episodes[0].discomfort");
        assertThat(therapist.get("api/clients/" + clientId + "/chart").json().getJsonArray("recentNotes"))
                .as("nothing was written")
                .isEmpty();
    }

    @Test
    void theAuditVerificationDetectsARowChangedInTheDatabase() throws SQLException {
        therapist.get("api/clients/" + clientId + "/chart");
        Api owner = Staff.signedIn(deployment, "OWNER");
        assertThat(owner.get("api/audit/verification").json().getBoolean("intact"))
                .isTrue();

        try (Connection superuser =
                        DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
                Statement s = superuser.createStatement()) {
            // As the database's superuser, past the append-only triggers: what an intruder with full access does.
            s.execute("set session_replication_role = replica");
            long id;
            String address;
            try (ResultSet row = s.executeQuery(
                    "select id, address from audit_events where client_id = '" + clientId + "' order by id limit 1")) {
                row.next();
                id = row.getLong(1);
                address = row.getString(2);
            }
            s.execute("update audit_events set address = '10.66.66.66' where id = " + id);
            try {
                JsonObject verification = owner.get("api/audit/verification").json();
                assertThat(verification.getBoolean("intact")).isFalse();
                assertThat(verification.getJsonNumber("firstBrokenId").longValue())
                        .isEqualTo(id);
            } finally {
                // Put the row back, so the chain holds for the rest of the run.
                s.execute("update audit_events set address = '" + address + "' where id = " + id);
            }
        }
        assertThat(owner.get("api/audit/verification").json().getBoolean("intact"))
                .isTrue();
    }

    @Test
    void draftsAreDiscardedByTheirAuthorAndPointsCarryTheirLastSignedTreatment() {
        String trapezius = chartPoint("UPPER_TRAPEZIUS", "RIGHT", 0.6);
        String levator = chartPoint("LEVATOR_SCAPULAE", "RIGHT", 0.58);
        String reasons = "{\"1:PAINFUL_COMPRESSION\":\"Asked for it\",\"5:HEAT_OUT_OF_RANGE\":\"Asked for it\","
                + "\"5:HEAT_BEFORE_STRETCH\":\"Asked for it\"}";
        String signedId = therapist
                .post("api/clients/" + clientId + "/notes", session(trapezius, levator, 5, reasons))
                .json()
                .getString("id");
        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + signedId + "/signature", "application/json", null, Map.of("If-Match", "\"0\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getString("therapistName")).startsWith("Test ");
        Api.Reply draft = therapist.post("api/clients/" + clientId + "/notes", session(trapezius, levator, 1, "{}"));
        String draftId = draft.json().getString("id");

        List<JsonObject> lastTreatments;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(
                therapist.get("api/clients/" + clientId + "/last-treatments").body()))) {
            lastTreatments =
                    reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
        assertThat(lastTreatments)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.getString("noteId"))
                        .as("the signed session, never the later draft")
                        .isEqualTo(signedId));
        JsonObject trapeziusLast = lastTreatments.stream()
                .filter(t -> t.getString("triggerPointId").equals(trapezius))
                .findFirst()
                .orElseThrow();
        assertThat(trapeziusLast.getJsonArray("episodes").getJsonObject(0).getInt("discomfort"))
                .isEqualTo(5);

        Api colleague = Staff.signedIn(deployment, "THERAPIST");
        assertThat(discard(colleague, draftId).status()).as("only its author").isEqualTo(403);
        assertThat(discard(therapist, signedId).status())
                .as("a signed note stays")
                .isEqualTo(409);
        assertThat(discard(therapist, draftId).status()).isEqualTo(204);
        assertThat(therapist.get("api/notes/" + draftId).status()).isEqualTo(404);

        Api.Reply renamed = therapist.put(
                "api/trigger-points/" + trapezius,
                """
                {"muscle":"LEVATOR_SCAPULAE","side":"RIGHT","view":"POSTERIOR","x":0.6,"y":0.2}""",
                Map.of(
                        "If-Match",
                        "\""
                                + therapist
                                        .get("api/trigger-points/" + trapezius)
                                        .json()
                                        .getInt("version") + "\""));
        assertThat(renamed.status())
                .as("a point a signed note treated keeps its muscle")
                .isEqualTo(400);
        assertThat(renamed.json().getString("detail")).contains("charted in error");
        String fresh = chartPoint("INFRASPINATUS", "LEFT", 0.41);
        Api.Reply corrected = therapist.put("api/trigger-points/" + fresh, """
                {"muscle":"TERES_MINOR","side":"LEFT","view":"POSTERIOR","x":0.42,"y":0.25}""", Map.of("If-Match", "\"0\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("muscle")).isEqualTo("TERES_MINOR");

        Api.Reply inError = therapist.send(
                "POST",
                "api/trigger-points/" + fresh + "/entered-in-error",
                "application/json",
                "{\"reason\":\"Charted on the wrong client\"}",
                Map.of("If-Match", "\"" + corrected.json().getInt("version") + "\""));
        assertThat(inError.status()).as(inError.toString()).isEqualTo(200);
        assertThat(inError.json().getString("enteredInErrorReason")).isEqualTo("Charted on the wrong client");
        assertThat(therapist.get("api/clients/" + clientId + "/chart").json().getJsonArray("points").stream()
                        .map(p -> p.asJsonObject().getString("id")))
                .as("off the map")
                .doesNotContain(fresh)
                .contains(trapezius);
        Api.Reply treatingIt = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"2026-03-02T10:00:00Z","points":[{"triggerPointId":"%s","episodes":[
                 {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":1}]}]}""".formatted(fresh));
        assertThat(treatingIt.status())
                .as("a point charted in error is not treated again")
                .isEqualTo(400);

        List<String> audited = Staff.signedIn(deployment, "OWNER")
                .get("api/audit?size=100&client=" + clientId)
                .json()
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getString("action") + " "
                        + e.asJsonObject().getString("recordType"))
                .toList();
        assertThat(audited).contains("DRAFT_DISCARDED NOTE", "READ LAST_TREATMENTS");
    }

    /** Discards the note at the version its author reads now (If-Match, which a discard needs). */
    private Api.Reply discard(Api as, String noteId) {
        String version = therapist.get("api/notes/" + noteId).header("ETag");
        return as.send("DELETE", "api/notes/" + noteId, "application/json", null, Map.of("If-Match", version));
    }
}
