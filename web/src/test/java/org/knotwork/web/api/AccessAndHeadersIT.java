package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.web.api.corpus.DatabaseProbe;

/**
 * What every answer carries (security headers, no caching of health data, no session id in an address), the errors
 * the container answers itself (problem+json like the API's own), who sees which client when the practice keeps
 * clients to their therapists, and the audit trail as an operator relies on it from outside: refusals against their
 * record, checkpoints, verification from a checkpoint finding the newest lines removed, and the report of a period.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessAndHeadersIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    static DatabaseProbe database;

    @BeforeAll
    static void connect() {
        database = new DatabaseProbe();
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    static void assertProblem(HttpResponse<String> response, int... statuses) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isIn(box(statuses));
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.uri() + " " + response.body())
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"detail\"").doesNotContain("<html", "Exception", "java.");
    }

    static Integer[] box(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    HttpResponse<String> raw(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(deployment.toString().replaceAll("/$", "") + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeadersAndHealthDataIsNeverCached() throws Exception {
        HttpResponse<String> page = raw("GET", "/", Map.of());
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        Api.Reply clients = therapist.get("api/clients");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).as("no inline script or style").doesNotContain("<script>", "style=", "onclick=");
        assertThat(page.headers().firstValue("Server")).as("no banner").isEmpty();
        assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(clients.header("Cache-Control")).contains("no-store");
        assertThat(clients.header("Content-Security-Policy")).isNotBlank();
        assertThat(Staff.signedIn(deployment, "OWNER").get("api/audit").header("Cache-Control"))
                .contains("no-store");
    }

    HttpResponse<byte[]> bytes(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(deployment.toString().replaceAll("/$", "") + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String gunzip(byte[] body) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePageFilesAreGzippedAndKeptAYearUnderTheirVersionWhileThePageIsAskedForAgain() throws Exception {
        Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
        HttpResponse<byte[]> page = bytes("/", gzip);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String html = gunzip(page.body());
        java.util.regex.Matcher app = java.util.regex.Pattern.compile("src=\"(static/[0-9a-f]{16}/)js/app.js\"")
                .matcher(html);
        assertThat(app.find()).as(html).isTrue();
        String version = app.group(1);
        assertThat(html).doesNotContain("{{static}}", "href=\"js/", "href=\"style.css");

        HttpResponse<byte[]> module = bytes("/" + version + "js/app.js", gzip);
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(module.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(module.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(module.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(module.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<byte[]> plain = bytes("/" + version + "js/app.js", Map.of());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(module.body())).isEqualTo(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(module.body().length).isLessThan(plain.body().length / 2);

        String etag = module.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes("/" + version + "js/app.js", Map.of("Accept-Encoding", "gzip", "If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        String pageTag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = bytes("/", Map.of("If-None-Match", pageTag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        assertThat(bytes("/" + version + "style.css", gzip).headers().firstValue("Content-Encoding"))
                .hasValue("gzip");
        assertProblem(raw("GET", "/static/0123456789abcdef/js/app.js", Map.of()), 404);
        assertProblem(raw("GET", "/" + version + "WEB-INF/web.xml", Map.of()), 404);
        assertProblem(raw("GET", "/" + version + "index.html", Map.of()), 404);
        assertThat(raw("GET", "/js/app.js", Map.of()).headers().firstValue("Cache-Control"))
                .as("the unversioned address is asked for again")
                .hasValue("no-cache");

        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        HttpResponse<byte[]> codes = bytes(
                "/api/muscles",
                Map.of("Accept-Encoding", "gzip", "Cookie", "knotwork-session=" + therapist.sessionId()));
        assertThat(codes.statusCode()).isEqualTo(200);
        assertThat(codes.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(codes.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(gunzip(codes.body())).startsWith("[");
    }

    @Test
    void aSessionIdInTheAddressSignsNobodyIn() throws Exception {
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String cookie = therapist.get("api/session").header("Set-Cookie");
        String sessionId = therapist.sessionId();

        HttpResponse<String> withIdInAddress = raw("GET", "/api/clients;jsessionid=" + sessionId, Map.of());

        assertThat(withIdInAddress.statusCode()).isIn(400, 401);
        assertProblem(withIdInAddress, 400, 401);
        assertThat(cookie).as("nothing re-issued").isNull();
    }

    @Test
    void errorsTheContainerAnswersItselfAreProblemJsonToo() throws Exception {
        assertProblem(raw("GET", "/no-such-page.html", Map.of()), 404);
        assertProblem(raw("GET", "/api/no-such-thing", Map.of()), 404);
        assertProblem(raw("DELETE", "/index.html", Map.of()), 403, 405);
        assertProblem(raw("TRACE", "/", Map.of()), 405, 400);
        assertProblem(raw("TRACE", "/api/clients", Map.of()), 405, 400, 401);
        assertProblem(raw("GET", "/api/clients/abc%2Fdef", Map.of()), 400, 401, 404);
        assertProblem(raw("GET", "/api/clients", Map.of("X-Padding", "x".repeat(64 * 1024))), 400, 413, 431);
    }

    @Test
    void aBodyLargerThanAnyRecordIsRefusedBeforeSignInAndTheLogoKeepsItsOwnLimit() {
        Api stranger = new Api(deployment);
        Api admin = Staff.admin(deployment);

        Api.Reply huge = stranger.post("api/session", "{\"username\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        SecurityIT.assertProblem(huge, 413);

        byte[] logo = new byte[300 * 1024];
        logo[0] = (byte) 0x89;
        logo[1] = 'P';
        logo[2] = 'N';
        assertThat(admin.sendRaw(
                                "PUT",
                                "api/practice-settings/logo",
                                "image/png",
                                logo,
                                admin.asRead("api/practice-settings"))
                        .status())
                .as("the logo's own limit answers: at most 256 KiB")
                .isEqualTo(400);
        assertThat(admin.sendRaw(
                                "PUT",
                                "api/practice-settings/logo",
                                "image/png",
                                new byte[600 * 1024],
                                admin.asRead("api/practice-settings"))
                        .status())
                .isEqualTo(413);
    }

    @Test
    void withOwnClientsOnlyATherapistSeesOnlyTheClientsTheyLookAfterAndNothingGrantsMore() {
        Api admin = Staff.admin(deployment);
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply colleagueUser = Staff.create(deployment, "THERAPIST");
        Api colleague = new Api(deployment);
        colleague.signIn(colleagueUser.json().getString("username"), Staff.PASSWORD);
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String family = ClientApiIT.unique("Private");
        String client = IntegrityIT.created(therapist.post("api/clients", ClientApiIT.client("Pia", family)));
        JsonObject settings = admin.get("api/practice-settings").json();
        try {
            ChartingIT.setOwnClientsOnly(admin, settings, true);
            Instant start = Instant.now();

            assertThat(therapist.get("api/clients?q=" + family).json().getInt("total"))
                    .as("the one who registered")
                    .isOne();
            assertThat(colleague.get("api/clients?q=" + family).json().getInt("total"))
                    .isZero();
            SecurityIT.assertProblem(colleague.get("api/clients/" + client), 403);
            SecurityIT.assertProblem(colleague.get("api/clients/" + client + "/chart"), 403);
            Api.Reply draft =
                    colleague.post("api/clients/" + client + "/notes", "{\"sessionAt\":\"2026-03-02T10:00:00Z\"}");
            SecurityIT.assertProblem(draft, 403);
            Api.Reply stale =
                    colleague.put("api/clients/" + client, "{\"phone\":\"0123 456789\"}", Map.of("If-Match", "\"7\""));
            SecurityIT.assertProblem(stale, 403);
            assertThat(stale.body()).as("a refusal tells no version").doesNotContain("version");
            assertThat(colleague.get("api/clients?q=" + family).json().getInt("total"))
                    .as("a draft refused grants nothing")
                    .isZero();
            assertThat(IntegrityIT.successLines(database, start, "CREATE", client))
                    .isZero();
            assertThat(database.linesSince(start).stream()
                            .filter(l -> l.action().equals("REFUSED_REQUEST") && client.equals(l.clientId())))
                    .as("each refusal on record against the client")
                    .hasSizeGreaterThanOrEqualTo(4);

            Api.Reply assigned = owner.put(
                    "api/clients/" + client + "/therapists",
                    "{\"therapistIds\":[\"" + colleagueUser.json().getString("id") + "\"]}",
                    Map.of(
                            "If-Match",
                            owner.get("api/clients/" + client + "/therapists").header("ETag")));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
            assertThat(assigned.json().getJsonArray("assigned")).hasSize(1);
            assertThat(colleague.get("api/clients/" + client).status()).isEqualTo(200);
            SecurityIT.assertProblem(
                    colleague.put(
                            "api/clients/" + client + "/therapists",
                            "{\"therapistIds\":[]}",
                            Map.of("If-Match", assigned.header("ETag"))),
                    403);
            assertThat(database.linesSince(start).stream()
                            .filter(l -> l.action().equals("THERAPISTS_ASSIGNED") && client.equals(l.clientId())))
                    .hasSize(1);
        } finally {
            ChartingIT.setOwnClientsOnly(
                    admin, admin.get("api/practice-settings").json(), false);
        }
        assertThat(database.linesSince(Instant.now().minusSeconds(120)).stream()
                        .filter(l -> l.action().equals("UPDATE")
                                && "PRACTICE_SETTINGS".equals(l.recordType())
                                && l.detail().contains("own clients only false → true")))
                .as("the privacy switch on record with what it was and became")
                .isNotEmpty();
    }

    @Test
    void aRoleRefusalIsOnRecordWithItsRecordAndClient() {
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String client = IntegrityIT.created(
                therapist.post("api/clients", ClientApiIT.client("Rae", ClientApiIT.unique("Role"))));
        Instant start = Instant.now();

        SecurityIT.assertProblem(Staff.admin(deployment).get("api/clients/" + client + "/chart"), 403);

        assertThat(database.linesSince(start)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("REFUSED_REQUEST");
            assertThat(line.outcome()).isEqualTo("DENIED");
            assertThat(line.recordType()).isEqualTo("CLIENT");
            assertThat(line.recordId()).isEqualTo(client);
            assertThat(line.clientId()).isEqualTo(client);
            assertThat(line.actor()).as("the signed-in user, not anonymous").isEqualTo("admin");
        });
        assertThat(database.count("select count(*) from (select actor_id, address, action, record_id from audit_events"
                        + " union all select actor_id, address, action, record_id from audit_pending) lines"
                        + " where action = 'REFUSED_REQUEST' and record_id = '" + client + "'"
                        + " and actor_id is not null and address <> 'unknown'"))
                .as("the refusal names the user's id and the address it came from")
                .isOne();
    }

    @Test
    void answersAreWithdrawnOnlyUnderTheClientTheyBelongTo() {
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String maria = IntegrityIT.created(
                therapist.post("api/clients", ClientApiIT.client("Maria", ClientApiIT.unique("Answers"))));
        String tom = IntegrityIT.created(
                therapist.post("api/clients", ClientApiIT.client("Tom", ClientApiIT.unique("Answers"))));
        String responses = "api/clients/" + maria + "/questionnaire-responses";
        String answers = IntegrityIT.created(therapist.post(responses, """
                {"measure":"PSFS","answeredAt":"2026-03-02T10:00:00Z","answers":[
                 {"linkId":"activity-1","text":"Reaching overhead","value":3},
                 {"linkId":"activity-2","text":"Carrying shopping","value":2},
                 {"linkId":"activity-3","text":"Driving","value":4}]}"""));
        String withdrawal = "/questionnaire-responses/" + answers + "/withdrawal";

        SecurityIT.assertProblem(
                therapist.post("api/clients/" + tom + withdrawal, "{\"reason\":\"Wrong client\"}"), 404);
        assertThat(therapist.get(responses).body()).as("Maria's answers stand").doesNotContain("withdrawnAt\":\"");

        Api.Reply withdrawn = therapist.post("api/clients/" + maria + withdrawal, "{\"reason\":\"Wrong client\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }

    @Test
    void checkpointsFindTheNewestLinesRemovedAndVerificationStartsFromOneKeptOffTheMachine() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply taken = owner.post("api/audit/checkpoints", null);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        long line = taken.json().getJsonNumber("lineId").longValue();
        String hash = taken.json().getString("lineHash");
        assertThat(owner.get("api/audit/checkpoints").body()).contains(hash);

        JsonObject fromCheckpoint = owner.get("api/audit/verification?fromLine=" + line + "&hash=" + hash)
                .json();
        assertThat(fromCheckpoint.getBoolean("intact"))
                .as(fromCheckpoint.toString())
                .isTrue();
        JsonObject wrongHash = owner.get("api/audit/verification?fromLine=" + line + "&hash=" + "0".repeat(64))
                .json();
        assertThat(wrongHash.getBoolean("intact")).isFalse();
        SecurityIT.assertProblem(owner.get("api/audit/verification?fromLine=" + line), 400);

        try {
            // As the database's superuser, past the append-only triggers and holding the chain: the newest lines go.
            database.execute("begin; select pg_advisory_xact_lock(" + 0x6b6e6f74776f726bL + ");"
                    + " set local session_replication_role = replica;"
                    + " delete from audit_events where id >= " + line + "; commit");
            JsonObject afterRemoval = owner.get("api/audit/verification").json();
            assertThat(afterRemoval.getBoolean("intact"))
                    .as(afterRemoval.toString())
                    .isFalse();
            assertThat(afterRemoval.getJsonNumber("firstBrokenId").longValue()).isEqualTo(line);
            assertThat(afterRemoval.getString("problem")).contains("removed from its end");
            assertThat(owner.get("api/audit/verification?fromLine=" + line + "&hash=" + hash)
                            .json()
                            .getBoolean("intact"))
                    .isFalse();
        } finally {
            // The lines are gone for good; without the checkpoints that named them the chain holds again for the
            // rest of the run (it continues from the line before them).
            database.execute("begin; set local session_replication_role = replica;"
                    + " delete from audit_checkpoints where line_id >= " + line + "; commit");
        }
        assertThat(owner.get("api/audit/verification").json().getBoolean("intact"))
                .isTrue();
    }

    @Test
    void ownersTakeTheAuditReportOfAPeriodAsCsvWithFormulaCellsNeutralised() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        new Api(deployment).signIn("=1+2", "not a password at all");
        String today = LocalDate.now().toString();

        Api.Reply report = owner.send(
                "GET",
                "api/audit/report?from=" + today + "&to=" + today + "&sort=action",
                "text/csv",
                null,
                Map.of("Accept", "text/csv"));

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("text/csv");
        assertThat(report.header("Content-Disposition")).contains("audit-" + today);
        List<String> rows = report.body().lines().toList();
        assertThat(rows.get(0)).startsWith("line,time (UTC),user,user id,action,outcome");
        assertThat(rows).anyMatch(row -> row.contains(",LOGIN_FAILED,") && row.contains(",'=1+2,"));
        assertThat(rows).noneMatch(row -> row.contains(",=1+2,"));
        SecurityIT.assertProblem(
                Staff.signedIn(deployment, "ADMIN").get("api/audit/report?from=" + today + "&to=" + today), 403);
        SecurityIT.assertProblem(owner.get("api/audit/report?from=" + today), 400);
    }
}
