package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The cases of the clinical review (issue 11, "What was seen") charted through the API on the built WAR: each gets
 * the deviation, the refusal or the handout text a clinician expects, the handout read from the PDF's own text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafetyIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Api therapist;

    @BeforeEach
    void aTherapist() {
        Staff.letterheadWithPhone(deployment);
        therapist = Staff.signedIn(deployment, "THERAPIST");
    }

    String client(String... contraindications) {
        String codes = java.util.Arrays.stream(contraindications)
                .map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(","));
        Api.Reply client = therapist.post("api/clients", """
                {"givenName":"Rosa","familyName":"%s","mainComplaint":"Pain","contraindications":[%s]}""".formatted(ClientApiIT.unique("Safety"), codes));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        return client.json().getString("id");
    }

    Api.Reply chart(String clientId, String muscle, String side, String view, double x, double y) {
        return therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"%s","side":"%s","view":"%s","x":%s,"y":%s,"status":"ACTIVE","besideStillTreated":true}""".formatted(muscle, side, view, x, y));
    }

    String point(String clientId, String muscle, String side, String view, double x, double y) {
        Api.Reply point = chart(clientId, muscle, side, view, x, y);
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        return point.json().getString("id");
    }

    static final String COMPRESSION =
            "{\"kind\":\"COMPRESSION\",\"pressureLevel\":%d,\"holdSeconds\":%d,\"repetitions\":%d,\"discomfort\":2}";
    static final String STRETCH = "{\"kind\":\"STRETCH\",\"stretch\":\"Slow stretch\",\"holdSeconds\":30,"
            + "\"repetitions\":3,\"breathingCoordinated\":true,\"forced\":false}";
    static final String HEAT = "{\"kind\":\"HEAT\",\"modality\":\"HEAT_PACK\",\"minutes\":8,\"skinChecked\":%s}";

    static String full(int pressure) {
        return String.join(",", COMPRESSION.formatted(pressure, 60, 2), STRETCH, HEAT.formatted(true));
    }

    static String treated(String pointId, String episodes, String more) {
        return "{\"triggerPointId\":\"%s\",\"episodes\":[%s]%s}".formatted(pointId, episodes, more);
    }

    static String session(String extra, String... points) {
        return "{\"sessionAt\":\"2026-03-02T10:00:00Z\",\"painBefore\":6,\"besideOpenDraft\":true,\"points\":[%s]%s}"
                .formatted(String.join(",", points), extra);
    }

    /** A session's body for saving a draft already started: besideOpenDraft is for starting one (a PUT refuses it). */
    static String saved(String session) {
        return session.replace("\"besideOpenDraft\":true,", "");
    }

    JsonObject save(String clientId, String body) {
        Api.Reply saved = therapist.post("api/clients/" + clientId + "/notes", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json();
    }

    static List<String> types(JsonObject withDeviations) {
        return withDeviations.getJsonArray("deviations").stream()
                .map(d -> d.asJsonObject().getString("type"))
                .toList();
    }

    Api.Reply sign(JsonObject note) {
        return therapist.send(
                "POST",
                "api/notes/" + note.getString("id") + "/signature",
                "application/json",
                "",
                Map.of("If-Match", "\"" + note.getInt("version") + "\""));
    }

    String handout(String noteId) throws Exception {
        HttpResponse<byte[]> pdf = therapist.download("api/notes/" + noteId + "/handout");
        assertThat(pdf.statusCode())
                .as(new String(pdf.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return HandoutIT.text(pdf.body());
    }

    @Test
    void calfCompressionAfterAThrombosisNeedsAMedicalClearanceToBeSigned() {
        String clientId = client("DVT_HISTORY");
        String calf = point(clientId, "GASTROCNEMIUS", "RIGHT", "POSTERIOR", 0.535, 0.765);

        JsonObject note = save(clientId, session("", treated(calf, full(4), "")));

        assertThat(note.getJsonArray("deviations")).singleElement().satisfies(d -> {
            assertThat(d.asJsonObject().getString("type")).isEqualTo("LEG_COMPRESSION_AFTER_DVT");
            assertThat(d.asJsonObject().getString("needs")).isEqualTo("CLEARANCE");
            assertThat(d.asJsonObject().getString("explanation"))
                    .contains("compression at 4/10; the client's record: History of deep vein thrombosis");
        });
        Api.Reply refused = sign(note);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("or record the medical clearance it needs");

        Api.Reply cleared = therapist.put(
                "api/notes/" + note.getString("id"),
                saved(session(
                        ",\"clearances\":[{\"contraindication\":\"DVT_HISTORY\",\"clearedBy\":\"Dr A. Patel, GP\","
                                + "\"clearedOn\":\"2026-02-20\"}]",
                        treated(calf, full(4), ""))),
                Map.of("If-Match", "\"0\""));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().getJsonArray("clearances").getJsonObject(0).getString("clearedBy"))
                .isEqualTo("Dr A. Patel, GP");
        assertThat(sign(cleared.json()).status()).isEqualTo(200);
    }

    @Test
    void bellyAndGroinCompressionAndLyingFaceDownInPregnancyAreDeviations() {
        String clientId = client("PREGNANCY");
        String belly = point(clientId, "RECTUS_ABDOMINIS", "RIGHT", "ANTERIOR", 0.48, 0.38);
        String groin = point(clientId, "ILIOPSOAS", "RIGHT", "ANTERIOR", 0.445, 0.5);
        String back = point(clientId, "THORACOLUMBAR_PARASPINALS", "RIGHT", "POSTERIOR", 0.535, 0.36);

        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(belly, COMPRESSION.formatted(2, 45, 1), ",\"position\":\"SUPINE\""),
                        treated(groin, COMPRESSION.formatted(2, 45, 1), ",\"position\":\"SUPINE\""),
                        treated(back, COMPRESSION.formatted(2, 45, 1), ",\"position\":\"PRONE\"")));

        assertThat(types(note))
                .containsExactly(
                        "COMPRESSION_AT_PREGNANCY_SITE", "COMPRESSION_AT_PREGNANCY_SITE", "FACE_DOWN_IN_PREGNANCY");
    }

    @Test
    void feverSkinLesionRecentInjuryAndOsteoporosisAreChecked() {
        String clientId = client("FEVER", "SKIN_LESION", "RECENT_TRAUMA", "OSTEOPOROSIS");
        Api.Reply sites = therapist.put(
                "api/clients/" + clientId + "/contraindication-sites",
                "{\"sites\":{\"SKIN_LESION\":[\"SHOULDER\"],\"RECENT_TRAUMA\":[\"LEG_FOOT\"]}}",
                sitesVersion(clientId));
        assertThat(sites.status()).as(sites.toString()).isEqualTo(200);
        Api.Reply wrongSite = therapist.put(
                "api/clients/" + clientId + "/contraindication-sites",
                "{\"sites\":{\"CARDIAC\":[\"CHEST\"]}}",
                sitesVersion(clientId));
        assertThat(wrongSite.status()).isEqualTo(400);
        String shoulder = point(clientId, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17);
        String calf = point(clientId, "GASTROCNEMIUS", "RIGHT", "POSTERIOR", 0.535, 0.765);
        String forearm = point(clientId, "FOREARM_EXTENSORS", "RIGHT", "POSTERIOR", 0.665, 0.39);

        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(shoulder, full(3), ""),
                        treated(calf, full(3), ",\"siteAvoided\":true"),
                        treated(forearm, full(6), "")));

        assertThat(types(note))
                .as("the fever for the session; the lesion at the shoulder; the injury checked and spared; firm"
                        + " pressure with osteoporosis")
                .containsExactly(
                        "SESSION_DURING_FEVER", "TREATED_OVER_SKIN_LESION", "FIRM_COMPRESSION_WITH_OSTEOPOROSIS");
        JsonObject fever = note.getJsonArray("deviations").getJsonObject(0);
        assertThat(fever.get("triggerPointId") == null || fever.isNull("triggerPointId"))
                .as("the fever belongs to the session, not to a point")
                .isTrue();
    }

    @Test
    void aClientsInjurySitesAndEveryOtherPartOfTheirRecordAreKeptToThoseWhoMaySeeThem() {
        String clientId = client("RECENT_TRAUMA");
        String sites = "api/clients/" + clientId + "/contraindication-sites";
        assertThat(therapist
                        .put(sites, "{\"sites\":{\"RECENT_TRAUMA\":[\"LEG_FOOT\"]}}", sitesVersion(clientId))
                        .status())
                .isEqualTo(200);
        Api colleague = Staff.signedIn(deployment, "THERAPIST");
        Api admin = Staff.admin(deployment);
        try {
            ChartingIT.setOwnClientsOnly(
                    admin, admin.get("api/practice-settings").json(), true);

            assertThat(colleague.get("api/clients/" + clientId).status()).isEqualTo(403);
            SecurityIT.assertProblem(colleague.get(sites), 403);
            SecurityIT.assertProblem(
                    colleague.put(sites, "{\"sites\":{\"RECENT_TRAUMA\":[\"SHOULDER\"]}}", sitesVersion(clientId)),
                    403);
            for (String part : new String[] {
                "therapists", "progress", "last-treatments", "chart", "handout-preferences", "$everything"
            }) {
                assertThat(colleague.get("api/clients/" + clientId + "/" + part).status())
                        .as(part)
                        .isEqualTo(403);
            }
            assertThat(colleague
                            .post("api/clients/" + clientId + "/trigger-points", """
                            {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":0.575,"y":0.17}""")
                            .status())
                    .isEqualTo(403);
            assertThat(colleague
                            .post("api/clients/" + clientId + "/notes", session(""))
                            .status())
                    .isEqualTo(403);
            assertThat(colleague
                            .get("api/clients/" + clientId + "/questionnaire-responses")
                            .json()
                            .getBoolean("notesHidden"))
                    .as("the answers are withheld from a therapist who may not see the notes")
                    .isTrue();
        } finally {
            ChartingIT.setOwnClientsOnly(
                    admin, admin.get("api/practice-settings").json(), false);
        }
        assertThat(therapist.get(sites).json().getJsonObject("sites").getJsonArray("RECENT_TRAUMA"))
                .as("the site the colleague tried to move stays where the treating therapist recorded it")
                .containsExactly(jakarta.json.Json.createValue("LEG_FOOT"));
    }

    @Test
    void invisibleReasonsAndClearancesStrayReasonsAndEmptyPointsAreRefusedNamingTheField() {
        String clientId = client("DVT_HISTORY");
        String calf = point(clientId, "GASTROCNEMIUS", "RIGHT", "POSTERIOR", 0.535, 0.765);
        String clearance = ",\"clearances\":[{\"contraindication\":\"DVT_HISTORY\",\"clearedBy\":\"%s\","
                + "\"clearedOn\":\"%s\"}]";

        Api.Reply nobody = therapist.post(
                "api/clients/" + clientId + "/notes",
                session(clearance.formatted("\\u200b", "2026-02-20"), treated(calf, full(4), "")));
        SecurityIT.assertProblem(nobody, 400);
        assertThat(nobody.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("clearances[0].clearedBy");
        Api.Reply longAgo = therapist.post(
                "api/clients/" + clientId + "/notes/preview",
                session(clearance.formatted("Dr Patel", "1800-01-01"), treated(calf, full(4), "")));
        assertThat(longAgo.status()).isEqualTo(200);
        assertThat(longAgo.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .as("the preview says why the clearance does not count")
                .isEqualTo("clearances[0].clearedOn");

        Api.Reply stray = therapist.post(
                "api/clients/" + clientId + "/notes",
                session(",\"reasons\":{\"9:NOT_A_DEVIATION\":\"because\"}", treated(calf, full(4), "")));
        SecurityIT.assertProblem(stray, 400);
        assertThat(stray.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reasons.9:NOT_A_DEVIATION");

        JsonObject invisible = save(
                clientId,
                session(",\"reasons\":{\"1:LEG_COMPRESSION_AFTER_DVT\":\"\\u200b\"}", treated(calf, full(4), "")));
        assertThat(sign(invisible).status())
                .as("a zero-width space is no reason")
                .isEqualTo(400);

        String other = point(clientId, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17);
        JsonObject empty = save(
                clientId,
                session(
                        ",\"reasons\":{\"1:LEG_COMPRESSION_AFTER_DVT\":\"Cleared by phone\"}",
                        treated(calf, full(4), ""),
                        treated(other, "", "")));
        Api.Reply unsigned = sign(empty);
        SecurityIT.assertProblem(unsigned, 400);
        assertThat(unsigned.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("points");
        assertThat(unsigned.json().getString("detail"))
                .contains("Nothing is recorded for the point on the upper trapezius");
    }

    @Test
    void theWholeProtocolIsCheckedOrderDoseAndSkin() {
        String clientId = client();
        String first = point(clientId, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17);
        String second = point(clientId, "LEVATOR_SCAPULAE", "RIGHT", "POSTERIOR", 0.56, 0.16);

        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(
                                first,
                                String.join(",", STRETCH, COMPRESSION.formatted(3, 60, 2), HEAT.formatted(true)),
                                ""),
                        treated(
                                second,
                                String.join(",", COMPRESSION.formatted(3, 600, 20), STRETCH, HEAT.formatted(false)),
                                "")));

        assertThat(types(note))
                .containsExactly(
                        "STRETCH_BEFORE_COMPRESSION",
                        "HEAT_WITHOUT_STRETCH",
                        "COMPRESSION_DOSE_TOO_HIGH",
                        "HEAT_WITHOUT_SKIN_CHECK");
    }

    @Test
    void theDiscomfortLimitStaysAtFiveOrBelowAndEveryChangeIsAudited() {
        Api admin = Staff.admin(deployment);
        JsonObject settings = admin.get("api/practice-settings").json();
        String unit = settings.getString("pressureUnit");
        boolean own = settings.getBoolean("ownClientsOnly");
        int before = settings.getInt("compressionDiscomfortThreshold");

        Api.Reply ten = admin.put(
                "api/practice-settings",
                "{\"ownClientsOnly\":%s,\"compressionDiscomfortThreshold\":10,\"pressureUnit\":\"%s\"}"
                        .formatted(own, unit),
                Map.of("If-Match", "\"" + settings.getInt("version") + "\""));
        assertThat(ten.status()).isEqualTo(400);
        assertThat(ten.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("0 to 5")
                .contains("no longer pain free");
        int other = before == 5 ? 4 : 5;
        Api.Reply five = admin.put(
                "api/practice-settings",
                "{\"ownClientsOnly\":%s,\"compressionDiscomfortThreshold\":%d,\"pressureUnit\":\"%s\"}"
                        .formatted(own, other, unit),
                Map.of("If-Match", "\"" + settings.getInt("version") + "\""));
        assertThat(five.status()).as(five.toString()).isEqualTo(200);
        Api.Reply back = admin.put(
                "api/practice-settings",
                "{\"ownClientsOnly\":%s,\"compressionDiscomfortThreshold\":%d,\"pressureUnit\":\"%s\"}"
                        .formatted(own, before, unit),
                Map.of("If-Match", five.header("ETag")));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);

        List<String> lines =
                Staff.signedIn(deployment, "OWNER").get("api/audit?size=100").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> "PRACTICE_SETTINGS".equals(e.getString("recordType", null)))
                        .map(e -> e.getString("detail", ""))
                        .toList();
        assertThat(lines)
                .contains(
                        "compression discomfort limit %d/10 → %d/10".formatted(before, other),
                        "compression discomfort limit %d/10 → %d/10".formatted(other, before));
    }

    @Test
    void aPointGoesOnItsOwnSideOfTheViewAndInItsMusclesRegion() {
        String clientId = client();

        Api.Reply wrongHalf = chart(clientId, "INFRASPINATUS", "LEFT", "POSTERIOR", 0.59, 0.24);
        assertThat(wrongHalf.status()).isEqualTo(400);
        assertThat(wrongHalf.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("side");
        assertThat(wrongHalf.json().getString("detail"))
                .contains("you see the client from behind, so their right side is on your right");
        Api.Reply frontWrongHalf = chart(clientId, "PECTORALIS_MAJOR", "LEFT", "ANTERIOR", 0.45, 0.245);
        assertThat(frontWrongHalf.json().getString("detail")).contains("the client faces you");
        Api.Reply onTheHead = chart(clientId, "GASTROCNEMIUS", "RIGHT", "POSTERIOR", 0.55, 0.05);
        assertThat(onTheHead.status()).isEqualTo(400);
        assertThat(onTheHead.json().getString("detail"))
                .isEqualTo("Gastrocnemius lies in the lower leg and foot, and this place on the back view is outside"
                        + " it: place the point on the lower leg and foot.");
        assertThat(chart(clientId, "INFRASPINATUS", "LEFT", "POSTERIOR", 0.41, 0.24)
                        .status())
                .isEqualTo(201);
        String moved = point(clientId, "PECTORALIS_MAJOR", "RIGHT", "ANTERIOR", 0.45, 0.245);
        Api.Reply movedAcross = therapist.put(
                "api/trigger-points/" + moved,
                "{\"muscle\":\"PECTORALIS_MAJOR\",\"side\":\"RIGHT\",\"view\":\"ANTERIOR\",\"x\":0.6,\"y\":0.245}",
                Map.of("If-Match", "\"0\""));
        assertThat(movedAcross.status())
                .as("a correction is held to the same rules")
                .isEqualTo(400);
    }

    @Test
    void thePregnantClientsSheetKeepsHerOffHerBellyAndOffHerBackAndStillSaysWhy() throws Exception {
        String clientId = client("PREGNANCY", "ANTICOAGULANTS");
        String groin = point(clientId, "ILIOPSOAS", "RIGHT", "ANTERIOR", 0.445, 0.5);
        String hamstring = point(clientId, "HAMSTRINGS", "RIGHT", "POSTERIOR", 0.555, 0.61);
        String neck = point(clientId, "STERNOCLEIDOMASTOID", "RIGHT", "ANTERIOR", 0.465, 0.125);

        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(groin, COMPRESSION.formatted(2, 600, 20), ""),
                        treated(hamstring, full(2), ""),
                        treated(neck, full(2), "")));
        String text = handout(note.getString("id"));

        assertThat(text)
                .as("the session's 600 s × 20 never reaches the sheet")
                .doesNotContain("600 seconds")
                .doesNotContain("20 times")
                .contains("Hold for 30 seconds while breathing calmly, then let go slowly. Do this 2 times.");
        String iliopsoas = text.substring(
                text.indexOf("Iliopsoas \u2014 deep front of the hip: right"),
                text.indexOf("Hamstrings \u2014 back of the thigh: right"));
        assertThat(iliopsoas)
                .contains("Do not press this muscle yourself. During pregnancy, please do not press your belly, groin"
                        + " or inner thighs.")
                .doesNotContain("Lie on your back with the knees bent");
        String hamstrings = text.substring(text.indexOf("Hamstrings \u2014 back of the thigh: right"));
        assertThat(hamstrings)
                .contains("Stretch: Seated hamstring stretch")
                .doesNotContain("Lying hamstring stretch")
                .contains("this is a version done sitting, standing, kneeling or on your side");
        assertThat(text)
                .doesNotContain("Lie on your back")
                .doesNotContain("Lie on your front")
                .contains("Because you take blood-thinning medication, use your fingertips only")
                .doesNotContain("tennis ball");
        assertThat(text)
                .contains("Front of the neck: work on one side at a time and never press the pulse beside the"
                        + " windpipe. Stop at once if you feel dizzy or faint, if your vision changes")
                .contains("signs of a stroke: the face drooping on one side, weakness in an arm, slurred speech, or"
                        + " sudden loss of vision")
                .contains("During pregnancy, do not put heat on your belly or lower back.")
                .contains("Questions or worries? Call us on " + Staff.PRACTICE_PHONE);
    }

    @Test
    void heatHasItsSafetyLinesAndARecentInjuryHasNone() throws Exception {
        String healthy = client();
        String injured = client("RECENT_TRAUMA");
        JsonObject plain = save(
                healthy,
                session(
                        "",
                        treated(point(healthy, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17), full(3), "")));
        JsonObject hurt = save(
                injured,
                session(
                        "",
                        treated(point(injured, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17), full(3), "")));

        assertThat(handout(plain.getString("id")))
                .contains("Gentle heat, last")
                .contains("Wrap it in a towel or cover first.")
                .contains("never fill a hot water bottle with boiling water")
                .contains("Never lie on it and never fall asleep with it.")
                .contains("If it is red, blotchy or blistered, stop")
                .contains("No heat on a new injury (the first 2 to 3 days)")
                .contains("Finish with heat");
        assertThat(handout(hurt.getString("id")))
                .contains("Heat: not for now")
                .contains("Please do not use heat at home for now.")
                .contains("Heat on a recent injury makes bleeding and swelling worse")
                .contains("No heat for now")
                .doesNotContain("Gentle heat, last")
                .doesNotContain("Finish with heat")
                .doesNotContain("Wrap it in a towel");
    }

    @Test
    void theStretchPrintedIsTheOneChosenUnderItsOwnNameAndTheCorrectedOnesStretchTheRightFibres() throws Exception {
        String clientId = client();
        String serratus = point(clientId, "SERRATUS_ANTERIOR", "RIGHT", "ANTERIOR", 0.405, 0.295);
        String gluteus = point(clientId, "GLUTEUS_MEDIUS", "RIGHT", "POSTERIOR", 0.585, 0.445);
        String frontDeltoid = point(clientId, "DELTOID", "RIGHT", "ANTERIOR", 0.385, 0.21);
        String backDeltoid = point(clientId, "DELTOID", "RIGHT", "POSTERIOR", 0.625, 0.21);
        String peroneus = point(clientId, "PERONEUS_LONGUS", "RIGHT", "ANTERIOR", 0.42, 0.765);

        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(serratus, full(2), ""),
                        treated(
                                gluteus,
                                full(2),
                                ",\"homeCare\":{\"stretchCode\":\"GLUTEUS_MEDIUS_SIDE_LYING_LEG_DROP\","
                                        + "\"stretch\":{\"holdSeconds\":45,\"repetitions\":4}}"),
                        treated(frontDeltoid, full(2), ""),
                        treated(backDeltoid, full(2), ""),
                        treated(
                                peroneus,
                                full(2),
                                ",\"homeCare\":{\"ownStretch\":{\"name\":\"Step-down ankle stretch\",\"steps\":"
                                        + "[\"Stand on a step holding the rail.\",\"Let the heel drop slowly.\"],"
                                        + "\"position\":\"STANDING\",\"loadsSpinalFlexion\":false}}")));
        String text = handout(note.getString("id"));

        assertThat(text)
                .contains("Stretch: Doorway shoulder-blade stretch 1. Stand side-on in a doorway")
                .contains("Draw the shoulder blade back towards the spine")
                .contains("Stretch: Side-lying leg-drop stretch 1. Lie on your other side at the edge of the bed")
                .contains("Hold each stretch for 45 seconds. Do it 4 times.")
                .contains("Stretch: Doorway stretch with the arm low")
                .contains("Stretch: Cross-body arm stretch")
                .contains(
                        "Stretch: Step-down ankle stretch Your therapist wrote these steps for you. 1. Stand on a step"
                                + " holding the rail.")
                .doesNotContain("figure")
                .doesNotContain("Side reach")
                .contains("Do not press the bony bump below the outer knee");

        Api.Reply wrongMuscle = therapist.post(
                "api/clients/" + clientId + "/notes/preview",
                session(
                        "",
                        treated(
                                gluteus,
                                full(2),
                                ",\"homeCare\":{\"stretchCode\":\"PIRIFORMIS_SEATED_FIGURE_FOUR\"}")));
        assertThat(wrongMuscle.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("points[0].homeCare.stretchCode");
        Api.Reply tooLong = therapist.post(
                "api/clients/" + clientId + "/notes",
                session(
                        "",
                        treated(
                                gluteus,
                                full(2),
                                ",\"homeCare\":{\"selfPressure\":{\"holdSeconds\":600,\"repetitions\":20}}")));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("points[0].homeCare.selfPressure.holdSeconds");
    }

    @Test
    void noHandoutIsIssuedUntilThePracticeHasAContactPhone() throws Exception {
        String clientId = client();
        JsonObject note = save(
                clientId,
                session(
                        "",
                        treated(point(clientId, "UPPER_TRAPEZIUS", "RIGHT", "POSTERIOR", 0.575, 0.17), full(3), "")));
        try (Connection superuser =
                        DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
                Statement sql = superuser.createStatement()) {
            sql.execute("update practice_settings set contact_phone = null");
            try {
                HttpResponse<byte[]> refused = therapist.download("api/notes/" + note.getString("id") + "/handout");
                assertThat(refused.statusCode()).isEqualTo(409);
                assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                        .contains("the practice has no contact phone")
                        .contains("Settings, Handout letterhead");
                Api admin = Staff.admin(deployment);
                Api.Reply withoutPhone = admin.put(
                        "api/practice-settings/letterhead",
                        "{\"practiceName\":\"Harbour Street Myotherapy\"}",
                        Map.of("If-Match", admin.get("api/practice-settings").header("ETag")));
                assertThat(withoutPhone.status()).isEqualTo(400);
                assertThat(withoutPhone
                                .json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("field"))
                        .isEqualTo("contactPhone");
            } finally {
                Staff.letterheadWithPhone(deployment);
            }
        }
        assertThat(handout(note.getString("id"))).contains("Call us on " + Staff.PRACTICE_PHONE);
    }

    /** The client's version as the sites' GET gives it, as If-Match: replacing the sites needs it. */
    private Map<String, String> sitesVersion(String clientId) {
        return Map.of(
                "If-Match",
                therapist
                        .get("api/clients/" + clientId + "/contraindication-sites")
                        .header("ETag"));
    }
}
