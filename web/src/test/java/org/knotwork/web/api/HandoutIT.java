package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Home-care handouts through the API on the built WAR: a draft's preview, a signed note's issued handout recorded
 * and audited, reproduced byte for byte after an administrator edits the texts; who may have one; the admin's texts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoutIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    /** The practice's mail server, as the server's knotwork.mail.* settings name it (arquillian.xml). */
    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("knotwork.it.mail.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Api therapist;
    String clientId;
    String family;

    @BeforeEach
    void aClientOnAnticoagulantsWithTwoTreatedPoints() {
        Staff.letterheadWithPhone(deployment);
        therapist = Staff.signedIn(deployment, "THERAPIST");
        family = ClientApiIT.unique("Handout");
        Api.Reply client = therapist.post("api/clients", ClientApiIT.client("Zoë", family));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        clientId = client.json().getString("id");
    }

    String point(String muscle, String side, double x, double y) {
        Api.Reply point =
                therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"%s","side":"%s","view":"POSTERIOR","x":%s,"y":%s,"status":"ACTIVE","besideStillTreated":true}""".formatted(muscle, side, x, y));
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        return point.json().getString("id");
    }

    String draft() {
        String trapezius = point("UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        String levator = point("LEVATOR_SCAPULAE", "LEFT", 0.44, 0.16);
        Api.Reply draft = therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"2026-03-02T10:00:00Z","complaint":"Neck pain","painBefore":6,"besideOpenDraft":true,
                 "points":[
                  {"triggerPointId":"%s","episodes":[
                    {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":75,"repetitions":2,"discomfort":2},
                    {"kind":"STRETCH","stretch":"Ear-to-shoulder stretch","holdSeconds":25,"repetitions":4,
                     "breathingCoordinated":true,"forced":false},
                    {"kind":"HEAT","modality":"HOT_WATER_BOTTLE","minutes":8,"skinChecked":true}]},
                  {"triggerPointId":"%s","episodes":[
                    {"kind":"COMPRESSION","pressureLevel":2,"holdSeconds":45,"repetitions":3,"discomfort":1}]}],
                 "homeCare":{"note":"Take a break from the screen every half hour.",
                             "nextAppointment":"2026-03-09T15:30:00Z"}}""".formatted(trapezius, levator));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().getJsonObject("homeCare").getString("note")).startsWith("Take a break");
        return draft.json().getString("id");
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static List<String> issuedRows(String noteId) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
                PreparedStatement query = db.prepareStatement(
                        "select paper, sha256, issued_by from handouts where note_id = ?::uuid order by issued_at")) {
            query.setString(1, noteId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return rows;
        }
    }

    @Test
    void aDraftGivesAPreviewAndASignedNoteAnIssuedHandoutThatStaysTheSame() throws Exception {
        String noteId = draft();

        HttpResponse<byte[]> preview = therapist.download("api/notes/" + noteId + "/handout");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(preview.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"home-care-Zoe-" + family + "-2026-03-02-preview.pdf\"");
        assertThat(preview.headers().firstValue("X-Handout-Status")).hasValue("PREVIEW");
        String previewText = text(preview.body());
        assertThat(previewText)
                .contains("PREVIEW OF A DRAFT NOTE")
                .contains("1. Upper trapezius \u2014 top of the shoulder (right)")
                .contains("2. Levator scapulae \u2014 where the neck meets the shoulder blade (left)")
                .as("the home doses, not the session's 75 s and 25 s × 4")
                .contains("Hold for 30 seconds while breathing calmly, then let go slowly. Do this 2 times.")
                .contains("Hold each stretch for 30 seconds. Do it 3 times.")
                .doesNotContain("75 seconds")
                .doesNotContain("25 seconds")
                .contains("Stretch: Chin-to-armpit stretch")
                .contains("rest a hot water bottle on the treated area for 5 to 10 minutes")
                .contains("press with your fingertips only and gently")
                .contains("During pregnancy")
                .contains("Questions or worries? Call us on " + Staff.PRACTICE_PHONE)
                .contains("Take a break from the screen every half hour.")
                .contains("Your next appointment: March 9, 2026");
        assertThat(issuedRows(noteId)).as("a preview is not recorded as issued").isEmpty();

        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"0\""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        HttpResponse<byte[]> issued = therapist.download("api/notes/" + noteId + "/handout?paper=LETTER");
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("X-Handout-Status")).hasValue("ISSUED");
        assertThat(issued.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"home-care-Zoe-" + family + "-2026-03-02-letter.pdf\"");
        assertThat(text(issued.body())).doesNotContain("PREVIEW").contains("Chin-to-armpit stretch");
        assertThat(new PdfReader(issued.body()).getPageSize(1).getWidth()).isEqualTo(612f);
        String hash = sha256(issued.body());
        assertThat(issued.headers().firstValue("X-Handout-SHA256")).hasValue(hash);
        assertThat(issued.headers().firstValue("Content-Length"))
                .as("sent whole, not in chunks")
                .hasValue(Integer.toString(issued.body().length));
        assertThat(issuedRows(noteId)).containsExactly("LETTER " + hash);

        Api admin = Staff.admin(deployment);
        JsonObject levator = admin.get("api/muscles/LEVATOR_SCAPULAE/self-care").json();
        Api.Reply edited = admin.put(
                "api/muscles/LEVATOR_SCAPULAE/self-care",
                """
                {"selfPressure":"Sit and press with the fingers of the other hand where the neck meets the shoulder blade.",
                 "pressurePosition":"SEATED","pressureTool":"HAND","gentlePressure":"%s","frequency":"%s"}""".formatted(levator.getString("gentlePressure"), levator.getString("frequency")),
                Map.of("If-Match", "\"" + levator.getInt("version") + "\""));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        Api.Reply letterhead = admin.put(
                "api/practice-settings/letterhead",
                """
                {"practiceName":"Harbour Street Myotherapy Clinic","practiceContact":"Tel 023 9200 0000",
                 "contactPhone":"%s"}""".formatted(Staff.PRACTICE_PHONE),
                Map.of("If-Match", admin.get("api/practice-settings").header("ETag")));
        assertThat(letterhead.status()).as(letterhead.toString()).isEqualTo(200);

        Api.Reply client = therapist.get("api/clients/" + clientId);
        Api.Reply revised = therapist.put(
                "api/clients/" + clientId,
                ClientApiIT.client("Zoë", family).replace("\"ANTICOAGULANTS\",\"PREGNANCY\"", "\"FEVER\""),
                Map.of("If-Match", client.header("ETag")));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        HttpResponse<byte[]> again = therapist.download("api/notes/" + noteId + "/handout?paper=LETTER");
        assertThat(sha256(again.body()))
                .as("the signed note's handout is reproduced unchanged")
                .isEqualTo(hash);
        assertThat(issuedRows(noteId)).containsExactly("LETTER " + hash, "LETTER " + hash);
        String newDraft = draft();
        assertThat(text(therapist.download("api/notes/" + newDraft + "/handout").body()))
                .as("new handouts use the edited texts, letterhead and contraindications")
                .contains("Sit and press with the fingers of the other hand where the neck meets the shoulder blade.")
                .contains("Harbour Street Myotherapy Clinic")
                .contains("while you have a fever")
                .doesNotContain("During pregnancy");

        HttpResponse<byte[]> behind = therapist.download("api/notes/" + newDraft + "/handout?language=es");
        assertThat(behind.statusCode())
                .as("no Spanish sheet while a Spanish text was written from an English one since corrected")
                .isEqualTo(409);
        assertThat(new String(behind.body(), StandardCharsets.UTF_8)).contains("Levator scapulae");
        JsonObject spanish =
                admin.get("api/muscles/LEVATOR_SCAPULAE/self-care?language=es").json();
        assertThat(spanish.getBoolean("behindEnglish")).isTrue();
        Api.Reply translated = admin.put(
                "api/muscles/LEVATOR_SCAPULAE/self-care?language=es",
                """
                {"selfPressure":"Siéntese y presione con los dedos de la otra mano donde el cuello se une con el omóplato.",
                 "pressurePosition":"SEATED","pressureTool":"HAND","gentlePressure":"%s","frequency":"%s",
                 "confirmTranslation":true}""".formatted(spanish.getString("gentlePressure"), spanish.getString("frequency")),
                Map.of("If-Match", "\"" + spanish.getInt("version") + "\""));
        assertThat(translated.status()).as(translated.toString()).isEqualTo(200);
        HttpResponse<byte[]> caughtUp = therapist.download("api/notes/" + newDraft + "/handout?language=es");
        assertThat(caughtUp.statusCode()).isEqualTo(200);
        assertThat(text(caughtUp.body()))
                .as("the Spanish sheet again, once its texts say what the English says")
                .contains("Siéntese y presione con los dedos de la otra mano donde el cuello se une con el omóplato.");

        Api owner = Staff.signedIn(deployment, "OWNER");
        List<String> audited = owner.get("api/audit?size=100&client=" + clientId).json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action") + " "
                        + e.asJsonObject().getString("recordType"))
                .toList();
        assertThat(audited).contains("HANDOUT_PREVIEWED HANDOUT", "HANDOUT_ISSUED HANDOUT");
        assertThat(owner.download("api/notes/" + noteId + "/handout").statusCode())
                .as("owners read notes, so they may print handouts")
                .isEqualTo(200);
    }

    @Test
    void aSignedSheetIsEmailedInTheClientsLanguageAndPrintAndRecorded() throws Exception {
        Api.Reply unset = therapist.get("api/clients/" + clientId + "/handout-preferences");
        assertThat(unset.json().getString("language")).isEqualTo("en");
        assertThat(unset.header("ETag")).isEqualTo("\"-1\"");
        Api.Reply badLanguage = therapist.put(
                "api/clients/" + clientId + "/handout-preferences",
                "{\"language\":\"tlh\",\"printSize\":\"LARGE\"}",
                Map.of("If-Match", "\"-1\""));
        assertThat(badLanguage.status()).as(badLanguage.toString()).isEqualTo(400);
        Api.Reply chosen = therapist.put(
                "api/clients/" + clientId + "/handout-preferences",
                "{\"language\":\"es\",\"printSize\":\"LARGE\"}",
                Map.of("If-Match", "\"-1\""));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().getString("printSize")).isEqualTo("LARGE");
        String noteId = draft();

        Api.Reply draftSent = therapist.post("api/notes/" + noteId + "/handout/email", "");
        assertThat(draftSent.status()).as("a draft's sheet is never sent").isEqualTo(400);
        assertThat(therapist
                        .send(
                                "POST",
                                "api/notes/" + noteId + "/signature",
                                "application/json",
                                "",
                                Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(200);

        Api.Reply sent = therapist.post("api/notes/" + noteId + "/handout/email", "");

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().getString("sentTo")).isEqualTo("someone@example.org");
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("someone@example.org");
        assertThat(received[0].getSubject())
                .isEqualTo("Su plan de cuidados en casa de la sesión del 2 de marzo de 2026");
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName())
                .isEqualTo("home-care-Zoe-" + family + "-2026-03-02-large-es.pdf");
        byte[] attached = parts.getBodyPart(1).getInputStream().readAllBytes();
        assertThat(sha256(attached)).isEqualTo(sent.json().getString("sha256"));
        assertThat(text(attached)).contains("Su plan de cuidados en casa").contains("Trapecio superior");
        try (Connection db = DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
                PreparedStatement query = db.prepareStatement(
                        "select channel, sent_to, language, print_size from handouts where note_id = ?::uuid")) {
            query.setString(1, noteId);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                        .isEqualTo("EMAIL someone@example.org es LARGE");
            }
        }
        List<String> audited = Staff.signedIn(deployment, "OWNER")
                .get("api/audit?size=100&client=" + clientId)
                .json()
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getString("action"))
                .toList();
        assertThat(audited).contains("HANDOUT_EMAILED");
        HttpResponse<byte[]> english =
                therapist.download("api/notes/" + noteId + "/handout?language=en&print=STANDARD");
        assertThat(text(english.body())).contains("Your home-care plan");

        mailServer.stop();
        Api.Reply down = therapist.post("api/notes/" + noteId + "/handout/email", "");
        assertThat(down.status()).as(down.toString()).isEqualTo(502);
        assertThat(down.json().getString("detail")).contains("could not be e-mailed");
        assertThat(issuedRows(noteId))
                .as("a sheet the server did not take is not recorded")
                .hasSize(2);
    }

    @Test
    void aClientWithoutAnAddressIsToldSo() {
        Api.Reply client = therapist.get("api/clients/" + clientId);
        Api.Reply noAddress = therapist.put(
                "api/clients/" + clientId,
                ClientApiIT.client("Zoë", family).replace("\"someone@example.org\"", "null"),
                Map.of("If-Match", client.header("ETag")));
        assertThat(noAddress.status()).as(noAddress.toString()).isEqualTo(200);
        String noteId = draft();
        therapist.send(
                "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"0\""));

        Api.Reply refused = therapist.post("api/notes/" + noteId + "/handout/email", "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("email");
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLetterheadTheSheetCannotPrintIsRefusedWhereItIsTypedNotAtEverySheetAfter() {
        Api admin = Staff.admin(deployment);
        String etag = admin.get("api/practice-settings").header("ETag");

        Api.Reply refused = admin.put(
                "api/practice-settings/letterhead", """
                {"practiceName":"Harbour Street \\uD83C\\uDF3F Clinic","practiceContact":null,"contactPhone":"%s"}""".formatted(Staff.PRACTICE_PHONE), Map.of("If-Match", etag));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("practiceName");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("U+1F33F", "cannot print");
        assertThat(admin.get("api/practice-settings").header("ETag"))
                .as("nothing saved")
                .isEqualTo(etag);
        HttpResponse<byte[]> sheet = therapist.download("api/notes/" + draft() + "/handout");
        assertThat(sheet.statusCode()).as("sheets are still made").isEqualTo(200);
    }

    @Test
    void thePracticeLogoGoesOnTheLetterhead() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(160, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String image = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        Api admin = Staff.admin(deployment);

        assertThat(therapist.sendBytes("PUT", "api/practice-settings/logo", "image/png", png.toByteArray()))
                .isEqualTo(403);
        assertThat(admin.sendRaw(
                                "PUT",
                                "api/practice-settings/logo",
                                "image/png",
                                "not a png".getBytes(),
                                admin.asRead("api/practice-settings"))
                        .status())
                .isEqualTo(400);
        assertThat(admin.sendRaw(
                                "PUT",
                                "api/practice-settings/logo",
                                "image/png",
                                png.toByteArray(),
                                admin.asRead("api/practice-settings"))
                        .status())
                .isEqualTo(204);
        HttpResponse<byte[]> logo = therapist.download("api/practice-settings/logo");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(java.util.Base64.getEncoder().encodeToString(logo.body())).isEqualTo(image);
        byte[] preview = therapist.download("api/notes/" + draft() + "/handout").body();
        assertThat(new String(preview, StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");

        assertThat(admin.send(
                                "DELETE",
                                "api/practice-settings/logo",
                                "application/json",
                                null,
                                admin.asRead("api/practice-settings"))
                        .status())
                .isEqualTo(204);
        assertThat(therapist.download("api/practice-settings/logo").statusCode())
                .isEqualTo(404);
    }

    @Test
    void datesFollowThePracticesCountryAndAnIssuedSheetKeepsItsFirstIssues() throws Exception {
        Api admin = Staff.admin(deployment);
        String etag = admin.get("api/practice-settings").header("ETag");
        assertThat(admin.get("api/practice-settings").json().getString("dateRegion", null))
                .as("none chosen after the migration (a null is left out of the answer)")
                .isNull();
        for (String unknown : List.of("\"XX\"", "\"gb\"", "\"\"", "\"en-GB\"")) {
            Api.Reply refused =
                    admin.put("api/practice-settings", "{\"dateRegion\":" + unknown + "}", Map.of("If-Match", etag));
            assertThat(refused.status()).as(unknown + ": " + refused).isEqualTo(400);
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("dateRegion");
            assertThat(error.getString("message")).contains("United Kingdom (GB)", "United States (US)");
        }
        assertThat(admin.put("api/practice-settings", "{\"dateRegion\":44}", Map.of("If-Match", etag))
                        .status())
                .isEqualTo(400);
        assertThat(admin.get("api/practice-settings").header("ETag"))
                .as("nothing saved")
                .isEqualTo(etag);
        assertThat(therapist.get("api/codes").json().getJsonArray("dateRegions").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(r -> "GB".equals(r.getString("code", null)))
                        .findFirst()
                        .orElseThrow()
                        .toString())
                .contains("\"label\":\"United Kingdom\"", "2 March 2026, 14:30", "2 de marzo de 2026, 14:30");
        try {
            Api.Reply uk = admin.put("api/practice-settings", "{\"dateRegion\":\"GB\"}", Map.of("If-Match", etag));
            assertThat(uk.status()).as(uk.toString()).isEqualTo(200);
            assertThat(uk.json().getString("dateRegion")).isEqualTo("GB");
            assertThat(uk.json().getInt("compressionDiscomfortThreshold"))
                    .as("the settings not sent are kept")
                    .isEqualTo(admin.get("api/practice-settings").json().getInt("compressionDiscomfortThreshold"));
            String noteId = draft();
            assertThat(text(therapist
                            .download("api/notes/" + noteId + "/handout")
                            .body()))
                    .contains("Session: 2 March 2026", "Your next appointment: 9 March 2026");
            therapist.send(
                    "POST", "api/notes/" + noteId + "/signature", "application/json", "", Map.of("If-Match", "\"0\""));
            byte[] issued =
                    therapist.download("api/notes/" + noteId + "/handout").body();
            assertThat(text(issued)).contains("Session: 2 March 2026").doesNotContain("March 2, 2026");

            Api.Reply us = admin.put(
                    "api/practice-settings", "{\"dateRegion\":\"US\"}", Map.of("If-Match", uk.header("ETag")));
            assertThat(us.status()).as(us.toString()).isEqualTo(200);
            byte[] reissued =
                    therapist.download("api/notes/" + noteId + "/handout").body();
            assertThat(sha256(reissued)).as("reissued as first issued").isEqualTo(sha256(issued));
            assertThat(text(therapist
                            .download("api/notes/" + draft() + "/handout")
                            .body()))
                    .as("a preview follows the setting as it is now")
                    .contains("Session: March 2, 2026");
        } finally {
            Api.Reply none = admin.put(
                    "api/practice-settings",
                    "{\"dateRegion\":null}",
                    Map.of("If-Match", admin.get("api/practice-settings").header("ETag")));
            assertThat(none.status()).as(none.toString()).isEqualTo(200);
        }
        assertThat(Staff.signedIn(deployment, "OWNER").get("api/audit?size=50").json().getJsonArray("items").stream()
                        .map(e -> e.asJsonObject().getString("detail", ""))
                        .toList())
                .contains(
                        "dates on handouts as in the sheet's language → GB",
                        "dates on handouts as in GB → US",
                        "dates on handouts as in US → the sheet's language");
    }

    @Test
    void badRequestsAreRefusedClearly() {
        String noteId = draft();

        HttpResponse<byte[]> badPaper = therapist.download("api/notes/" + noteId + "/handout?paper=B5");
        assertThat(badPaper.statusCode()).isEqualTo(400);
        assertThat(new String(badPaper.body(), StandardCharsets.UTF_8)).contains("A4 or LETTER");
        assertThat(therapist
                        .download("api/notes/" + java.util.UUID.randomUUID() + "/handout")
                        .statusCode())
                .isEqualTo(404);
        assertThat(Staff.signedIn(deployment, "ADMIN")
                        .download("api/notes/" + noteId + "/handout")
                        .statusCode())
                .as("administrators read no health records")
                .isEqualTo(403);
        assertThat(new Api(deployment)
                        .download("api/notes/" + noteId + "/handout")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyAdministratorsEditReferenceTextsAndEditsAreChecked() {
        Api admin = Staff.admin(deployment);
        JsonObject soleus = therapist.get("api/muscles/SOLEUS/self-care").json();
        assertThat(soleus.getString("gentlePressure")).contains("fingertips");
        assertThat(therapist.get("api/muscles/SOLEUS/stretches").body())
                .as("the muscle's stretches are its catalogue")
                .contains("\"code\":\"SOLEUS_WALL_KNEE_BENT\"")
                .contains("\"position\":\"STANDING\"");
        String body = """
                {"selfPressure":"Press gently.","pressurePosition":"SEATED","pressureTool":"HAND",%s"frequency":"Daily."}""";
        Map<String, String> current = Map.of("If-Match", "\"" + soleus.getInt("version") + "\"");

        assertThat(therapist
                        .put(
                                "api/muscles/SOLEUS/self-care",
                                body.formatted("\"gentlePressure\":\"Lightly.\","),
                                current)
                        .status())
                .isEqualTo(403);
        Api.Reply noGentleVersion =
                admin.put("api/muscles/SOLEUS/self-care", body.formatted("\"gentlePressure\":\" \","), current);
        assertThat(noGentleVersion.status())
                .as("a gentle version sent empty is refused (one left out is kept): " + noGentleVersion)
                .isEqualTo(400);
        Api.Reply stale = admin.put(
                "api/muscles/SOLEUS/self-care",
                body.formatted("\"gentlePressure\":\"Lightly.\","),
                Map.of("If-Match", "\"" + (soleus.getInt("version") + 7) + "\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("api/muscles/NOSE/self-care").status()).isEqualTo(404);

        Api.Reply painThrough = admin.put("api/muscles/SOLEUS/self-care", """
                {"selfPressure":"Lie on a lacrosse ball with your full body weight. Hold for 5 minutes even if it hurts.",
                 "pressureTool":"BALL"}""", current);
        assertThat(painThrough.status()).as(painThrough.toString()).isEqualTo(400);
        assertThat(painThrough.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("selfPressure");
        assertThat(painThrough.json().getString("detail"))
                .contains("\u201c5 minutes\u201d is outside the home dose")
                .contains("\u201ceven if it hurts\u201d")
                .contains("\u201cfull body weight\u201d");
        Api.Reply hardGentle = admin.put(
                "api/muscles/SOLEUS/self-care?language=es",
                "{\"gentlePressure\":\"Presione fuerte con una pelota durante 5 minutos.\"}",
                Map.of(
                        "If-Match",
                        "\""
                                + admin.get("api/muscles/SOLEUS/self-care?language=es")
                                        .json()
                                        .getInt("version") + "\""));
        assertThat(hardGentle.status()).as(hardGentle.toString()).isEqualTo(400);
        assertThat(hardGentle.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("gentlePressure");
        assertThat(hardGentle.json().getString("detail"))
                .contains("\u201c5 minutos\u201d")
                .contains("\u201cfuerte\u201d")
                .contains("\u201cpelota\u201d");
        Api.Reply often =
                admin.put("api/muscles/SOLEUS/self-care", "{\"frequency\":\"Once a day, after walking.\"}", current);
        assertThat(often.status()).as(often.toString()).isEqualTo(200);
        assertThat(Staff.signedIn(deployment, "OWNER").get("api/audit?size=20").json().getJsonArray("items").stream()
                        .map(e -> e.asJsonObject())
                        .filter(e -> "MUSCLE_SELF_CARE".equals(e.getString("recordType", "")))
                        .map(e -> e.getString("detail", ""))
                        .findFirst())
                .as("the audit line says what changed, old \u2192 new")
                .hasValue("frequency \"" + soleus.getString("frequency") + "\" \u2192 \"Once a day, after walking.\"");
        Api.Reply back = admin.put(
                "api/muscles/SOLEUS/self-care",
                "{\"frequency\":\"" + soleus.getString("frequency") + "\"}",
                Map.of("If-Match", often.header("ETag")));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);

        Api.Reply badCode = admin.put(
                "api/muscles/UPPER_TRAPEZIUS",
                "{\"referredPain\":\"Up the neck to the temple.\",\"snomedCode\":\"31764009\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(badCode.status()).as(badCode.toString()).isEqualTo(400);
        assertThat(badCode.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("snomedCode");
        Api.Reply described = admin.put(
                "api/muscles/DELTOID",
                "{\"referredPain\":\"Locally over the shoulder.\",\"snomedCode\":\"35259002\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.json().getString("referredPain")).isEqualTo("Locally over the shoulder.");
        assertThat(described.header("ETag")).isEqualTo("\"1\"");
        assertThat(therapist
                        .put(
                                "api/muscles/DELTOID",
                                "{\"referredPain\":\"x\",\"snomedCode\":\"\"}",
                                Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(403);
    }
}
