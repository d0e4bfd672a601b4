package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A therapist signs a session filed under a complaint region; the owner reads the figures and downloads them as CSV,
 * and the audit shows the owner looked. Therapists and administrators are refused, strangers asked to sign in, bad
 * parameters answered with 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutcomesIT {

    /** Deactivations are dated when the note is signed, so the session and the period are around today. */
    static final Instant SESSION = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);

    static final LocalDate FROM = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    static final LocalDate TO = FROM.plusDays(3);
    static final String PERIOD = "from=" + FROM + "&to=" + TO;

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theOwnerSeesFiguresAndCsvOthersAreRefusedAndTheLookIsAudited() {
        Api.Reply created = Staff.create(deployment, "THERAPIST");
        String therapistId = created.json().getString("id");
        Api therapist = new Api(deployment);
        assertThat(therapist
                        .signIn(created.json().getString("username"), Staff.PASSWORD)
                        .status())
                .isEqualTo(200);
        signedSession(therapist);

        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply figures = owner.get("api/outcomes?" + PERIOD + "&therapist=" + therapistId + "&complaint=HEAD_NECK");
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        JsonObject clients = figures.json().getJsonObject("clients");
        assertThat(clients.getInt("clients")).isEqualTo(1);
        assertThat(clients.getInt("sessions")).isEqualTo(1);
        assertThat(clients.getInt("oneSession")).isEqualTo(1);
        assertThat(clients.getInt("clinicallyImportantChange")).isEqualTo(2);
        JsonObject points = figures.json().getJsonObject("points");
        assertThat(points.getInt("treated")).isEqualTo(1);
        assertThat(points.getInt("deactivated")).isEqualTo(1);
        assertThat(points.getJsonNumber("sessionsToDeactivateMedian").doubleValue())
                .isEqualTo(1.0);
        JsonObject protocol = figures.json().getJsonArray("therapists").getJsonObject(0);
        assertThat(protocol.getString("id")).isEqualTo(therapistId);
        assertThat(protocol.getInt("deviating")).isZero();
        assertThat(figures.json().getJsonArray("months").getJsonObject(0).getString("month"))
                .isEqualTo(SESSION.toString().substring(0, 7));

        Api.Reply csv = owner.get("api/outcomes/csv?" + PERIOD + "&therapist=" + therapistId);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"outcomes-" + FROM + "-to-" + TO + ".csv\"");
        assertThat(csv.body())
                .startsWith("section,subject,figure,value\r\n")
                .contains("clients,,clients treated,1\r\n")
                .contains("points,,points deactivated,1\r\n")
                .contains("month," + SESSION.toString().substring(0, 7) + ",sessions,1\r\n");

        assertThat(Staff.signedIn(deployment, "THERAPIST")
                        .get("api/outcomes?" + PERIOD)
                        .status())
                .isEqualTo(403);
        assertThat(Staff.signedIn(deployment, "ADMIN")
                        .get("api/outcomes/csv?" + PERIOD)
                        .status())
                .isEqualTo(403);
        assertThat(new Api(deployment).get("api/outcomes?" + PERIOD).status()).isEqualTo(401);

        String stranger = UUID.randomUUID().toString();
        for (String bad : new String[] {
            PERIOD + "&therapist=" + stranger,
            "from=" + TO + "&to=" + FROM,
            "to=" + TO,
            "from=March&to=" + TO,
            PERIOD + "&therapist=nobody",
            PERIOD + "&therapist=" + UUID.randomUUID(),
            PERIOD + "&muscle=NOSE",
            PERIOD + "&complaint=SOUL",
            PERIOD + "&complaint=head_neck",
            PERIOD + "&muscle=upper_trapezius",
            PERIOD + "&muscle=",
            PERIOD + "&muscle=UPPER_TRAPEZIUS&muscle=LEVATOR_SCAPULAE",
            PERIOD + "&zzz=1"
        }) {
            Api.Reply refused = owner.get("api/outcomes?" + bad);
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }

        String ownerName = owner.get("api/session").json().getString("username");
        assertThat(owner.get("api/audit?size=100").json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .filter(e -> e.getString("action").equals("OUTCOMES_VIEWED")))
                .anySatisfy(e -> {
                    assertThat(e.getString("actorName")).isEqualTo(ownerName);
                    assertThat(e.getString("detail"))
                            .startsWith("CSV: ")
                            .contains("therapist " + therapistId)
                            .endsWith("; 1 client(s)");
                })
                .anySatisfy(e -> assertThat(e.getString("detail"))
                        .contains("complaint HEAD_NECK")
                        .endsWith("; 1 client(s)"))
                .noneSatisfy(e -> assertThat(e.getString("detail")).contains(stranger));
    }

    /** One clean session: a point released to latent, no deviations, pain 6 before, signed. */
    private static void signedSession(Api therapist) {
        Api.Reply client = therapist.post("api/clients", ClientApiIT.client("Outcome", ClientApiIT.unique("Figures")));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        String clientId = client.json().getString("id");
        Api.Reply point = therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":0.6,"y":0.2,"status":"ACTIVE",
                 "criteria":{"tautBand":"YES"}}""");
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        Api.Reply note = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","complaint":"Stiff neck","complaintRegion":"HEAD_NECK",
                 "painBefore":6,"points":[{"triggerPointId":"%s","pptBefore":{"value":250,"unit":"KPA"},
                 "statusAfter":"LATENT","episodes":[
                  {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":2},
                  {"kind":"STRETCH","stretch":"Ear to shoulder","holdSeconds":30,"repetitions":3,
                   "breathingCoordinated":true,"forced":false},
                  {"kind":"HEAT","modality":"WHEAT_BAG","minutes":8,"skinChecked":true}]}],
                 "painAfter":3}""".formatted(
                        SESSION, point.json().getString("id")));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(note.json().getString("complaintRegion")).isEqualTo("HEAD_NECK");
        Api.Reply signed = therapist.send(
                "POST",
                "api/notes/" + note.json().getString("id") + "/signature",
                "application/json",
                "",
                Map.of("If-Match", "\"0\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    }
}
