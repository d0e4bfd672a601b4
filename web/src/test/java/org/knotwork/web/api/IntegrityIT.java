package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.web.api.corpus.CorpusRun;
import org.knotwork.web.api.corpus.DatabaseProbe;
import org.knotwork.web.api.corpus.InputCorpus;

/**
 * Nothing typed is silently changed, no ordinary request gets a 500, and the audit trail says what happened: the
 * generated bad-input corpus, races on one draft and one point, the cases the hostile test found, and a change rolled
 * back after its audit line was written (a test-only resource in this deployment). Headers, container errors,
 * privacy and the audit's checkpoints and report: {@link AccessAndHeadersIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrityIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")))
                .addClass(RollbackProbe.class);
    }

    @ArquillianResource
    URL deployment;

    static DatabaseProbe database;

    Api therapist;
    String clientId;

    @BeforeAll
    static void connect() {
        database = new DatabaseProbe();
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    @BeforeEach
    void aTherapistWithAClient() {
        therapist = Staff.signedIn(deployment, "THERAPIST");
        clientId = created(therapist.post("api/clients", ClientApiIT.client("Race", ClientApiIT.unique("Case"))));
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    String point() {
        return created(therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"UPPER_TRAPEZIUS","side":"RIGHT","view":"POSTERIOR","x":0.6,"y":0.2,"besideStillTreated":true}"""));
    }

    String draft(String point) {
        return created(therapist.post("api/clients/" + clientId + "/notes", note(point, 6)));
    }

    static String note(String point, int painBefore) {
        return """
                {"sessionAt":"2026-03-02T10:00:00Z","complaint":"Neck","complaintRegion":"HEAD_NECK","painBefore":%d,
                 "points":[{"triggerPointId":"%s","episodes":[
                   {"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":2}]}],
                 "homeCare":{"note":"Screen up","nextAppointment":"2026-03-09T10:00:00Z"}}""".formatted(painBefore, point);
    }

    @Test
    void theGeneratedBadInputCorpusIsRefusedByNameOrStoredExactly() {
        CorpusRun run = InputCorpus.run(deployment);

        System.out.println(
                "Input corpus: " + run.cases() + " cases, " + run.failures().size() + " failed, "
                        + run.refusedAcrossFields().size() + " refused by a declared rule across fields");
        run.refusedAcrossFields().forEach(System.out::println);
        run.failures().forEach(System.out::println);
        assertThat(run.cases()).as("several hundred cases").isGreaterThan(500);
        assertThat(run.failures()).as("cases that did not end as they must").isEmpty();
    }

    /** Ten rounds of five saves of one version at once: one saves, the others get 409, and the trail counts saves. */
    @Test
    void savesOfOneDraftAtOnceEndIn409ForTheLosersAndTheTrailCountsOnlyWhatWasSaved() throws Exception {
        String note = draft(point());
        Instant start = Instant.now();

        List<Integer> statuses = rounds(
                10,
                5,
                version -> therapist.put(
                        "api/notes/" + note,
                        "{\"painBefore\":" + (version % 10) + "}",
                        Map.of("If-Match", "\"" + version + "\"")));

        assertThat(statuses).as("never a 500").containsOnly(200, 409);
        long saved = statuses.stream().filter(s -> s == 200).count();
        assertThat(saved).as("one save per round").isEqualTo(10);
        assertThat(therapist.get("api/notes/" + note).json().getInt("version")).isEqualTo(10);
        assertThat(successLines(database, start, "UPDATE", note))
                .as("exactly one line per save that committed")
                .isEqualTo(10);
    }

    @Test
    void correctionsOfOnePointAtOnceEndIn409ForTheLosersNever500() throws Exception {
        String point = point();
        Instant start = Instant.now();
        String[] statuses = {"LATENT", "ACTIVE"};

        List<Integer> results = rounds(
                6,
                5,
                version -> therapist.put(
                        "api/trigger-points/" + point,
                        "{\"status\":\"" + statuses[(int) (version % 2)] + "\",\"x\":0." + (50 + version) + "}",
                        Map.of("If-Match", "\"" + version + "\"")));

        assertThat(results).as("never a 500").containsOnly(200, 409);
        assertThat(results.stream().filter(s -> s == 200)).hasSize(6);
        JsonObject stored = therapist.get("api/trigger-points/" + point).json();
        assertThat(stored.getJsonArray("history"))
                .as("charted, then one change per saved correction")
                .hasSize(7);
        assertThat(successLines(database, start, "UPDATE", point)).isEqualTo(6);
    }

    @Test
    void signingOneDraftAtOnceSignsItOnceAndRefusesTheRest() throws Exception {
        String note = draft(point());

        List<Integer> statuses = rounds(
                1,
                5,
                version -> therapist.send(
                        "POST",
                        "api/notes/" + note + "/signature",
                        "application/json",
                        null,
                        Map.of("If-Match", "\"0\"")));

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    }

    interface Attempt {
        Api.Reply at(long version);
    }

    /** Rounds of {@code racers} requests at once, each naming the version the record is at when the round starts. */
    static List<Integer> rounds(int rounds, int racers, Attempt attempt) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < rounds; round++) {
                long version = round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int r = 0; r < racers; r++) {
                    answers.add(threads.submit((Callable<Integer>) () -> {
                        go.await();
                        Api.Reply reply = attempt.at(version);
                        assertThat(reply.status()).as(reply.toString()).isLessThan(500);
                        if (reply.status() == 409) {
                            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                        }
                        return reply.status();
                    }));
                }
                go.countDown();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
            }
        } finally {
            threads.shutdown();
        }
        return statuses;
    }

    static long successLines(DatabaseProbe database, Instant since, String action, String recordId) {
        return database.linesSince(since).stream()
                .filter(l ->
                        l.action().equals(action) && l.outcome().equals("SUCCESS") && recordId.equals(l.recordId()))
                .count();
    }

    @Test
    void aChangeRolledBackAfterItsAuditLineLeavesAFailedLineNotASuccess() {
        String family = ClientApiIT.unique("Rolled");
        Instant start = Instant.now();

        Api.Reply failed = therapist.post("api/test/rollback?family=" + family, "{}");

        assertThat(failed.status()).as("the probe fails on purpose").isEqualTo(500);
        String registered = therapist
                .get("api/test/rollback/registered?family=" + family)
                .body()
                .replace("\"", "");
        assertThat(registered)
                .as("the probe got as far as registering the client before it failed")
                .matches("[0-9a-f-]{36}");
        assertThat(therapist.get("api/clients?q=" + family).json().getInt("total"))
                .isZero();
        List<DatabaseProbe.Line> creates = database.linesSince(start).stream()
                .filter(l -> l.action().equals("CREATE") && l.recordType().equals("CLIENT"))
                .toList();
        assertThat(creates).singleElement().satisfies(line -> {
            assertThat(line.recordId()).isEqualTo(registered);
            assertThat(line.outcome()).isEqualTo("FAILED");
            assertThat(line.detail()).startsWith("Rolled back, so this did not happen");
        });
    }

    @Test
    void correctingAPointWithoutChangingItsStatusIsSavedAndAnswered() {
        String point = point();

        Api.Reply moved = therapist.put(
                "api/trigger-points/" + point, "{\"status\":\"ACTIVE\",\"x\":0.55}", Map.of("If-Match", "\"0\""));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getJsonNumber("x").doubleValue()).isEqualTo(0.55);
        assertThat(moved.json().getJsonArray("history")).hasSize(1);
    }

    @Test
    void aNoteWithAPointMeasuredButNotTreatedIsRead() {
        String point = point();
        String note = created(therapist.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"2026-03-02T10:00:00Z","painBefore":5,
                 "points":[{"triggerPointId":"%s","pptBefore":{"value":2.5},"episodes":[]}]}""".formatted(point)));

        Api.Reply read = Staff.signedIn(deployment, "OWNER").get("api/notes/" + note);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getJsonArray("points").getJsonObject(0).getString("muscleName"))
                .isEqualTo("Upper trapezius");
    }

    @Test
    void aSaveThatLeavesFieldsOutKeepsThemAndAnEmptiedDraftCannotBeSigned() {
        String note = draft(point());

        Api.Reply saved = therapist.put("api/notes/" + note, "{\"plan\":\"Weekly\"}", Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getString("complaintRegion")).isEqualTo("HEAD_NECK");
        assertThat(saved.json().getJsonObject("homeCare").getString("note")).isEqualTo("Screen up");
        assertThat(saved.json().getJsonArray("points")).hasSize(1);

        Api.Reply emptied =
                therapist.put("api/notes/" + note, "{\"painBefore\":null,\"points\":[]}", Map.of("If-Match", "\"1\""));
        assertThat(emptied.status()).as(emptied.toString()).isEqualTo(200);
        Api.Reply signed = therapist.send(
                "POST", "api/notes/" + note + "/signature", "application/json", null, Map.of("If-Match", "\"2\""));
        SecurityIT.assertProblem(signed, 400);
        assertThat(signed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("painBefore");
        assertThat(therapist.get("api/notes/" + note).json().getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void whatTheHostileTestFoundIsRefusedNotAnswered500() {
        String note = draft(point());
        Api owner = Staff.signedIn(deployment, "OWNER");

        Api.Reply reasons = therapist.put("api/notes/" + note, "{\"reasons\":[\"a\"]}", Map.of("If-Match", "\"0\""));
        SecurityIT.assertProblem(reasons, 400);
        assertThat(reasons.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reasons");

        Api.Reply farPage = therapist.get("api/clients?page=2147483647&size=100");
        assertThat(farPage.status()).as(farPage.toString()).isEqualTo(200);
        assertThat(farPage.json().getJsonArray("items")).isEmpty();
        Api.Reply farAuditPage = owner.get("api/audit?page=2147483647");
        assertThat(farAuditPage.status()).as(farAuditPage.toString()).isEqualTo(200);
        assertThat(farAuditPage.json().getJsonArray("items")).isEmpty();

        Api.Reply farYear = owner.get("api/outcomes?from=%2B999999999-01-01&to=%2B999999999-02-01");
        SecurityIT.assertProblem(farYear, 400);
        assertThat(farYear.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("from");
        SecurityIT.assertProblem(owner.get("api/audit?from=%2B999999999-01-01"), 400);

        Api.Reply nul = therapist.get("api/clients?q=%00");
        SecurityIT.assertProblem(nul, 400);
        assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("q");
        SecurityIT.assertProblem(therapist.get("api/clients?q=%C3%28"), 400);
        SecurityIT.assertProblem(therapist.get("api/clients?archived=yes"), 400);
        SecurityIT.assertProblem(therapist.get("api/clients?q=a%C2%85b"), 400);

        for (String twice : new String[] {"size=10&size=20", "archived=true&archived=false", "zzz=1"}) {
            Api.Reply refused = therapist.get("api/clients?" + twice);
            SecurityIT.assertProblem(refused, 400);
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo(twice.substring(0, twice.indexOf('=')));
        }
        assertThat(therapist.get("api/clients?size=10&q=").status()).isEqualTo(200);
        assertThat(therapist
                        .download("api/practice-settings/logo?v=1764490000000")
                        .statusCode())
                .as("the settings page's address for the logo")
                .isIn(200, 404);

        // Payara refuses a NUL in the path before the application sees it: CoyoteAdapter.normalize ("Invalid URI: Null
        // byte found") answers 400 before the request is mapped, so no filter, mapper or error page of ours runs and
        // the
        // answer is Payara's, not problem+json (docs/security.md, "Known limits").
        Api.Reply nulInPath = therapist.get("api/clients/abc%00def");
        assertThat(nulInPath.status()).isEqualTo(400);
        assertThat(String.valueOf(nulInPath.header("Content-Type")))
                .as("Payara's answer, not ours: when this fails, answer it as our own 400 and drop the known limit")
                .doesNotContain("problem+json");
    }

    static long lines(DatabaseProbe database, Instant since, String action) {
        return database.linesSince(since).stream()
                .filter(l -> l.action().equals(action) && l.outcome().equals("SUCCESS"))
                .count();
    }

    static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** Only "true" or "false": "dryRun=yes" imported for real. */
    @Test
    void aYesOrNoQueryParameterOtherThanTrueOrFalseIsRefusedAndImportsNothing() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        String family = ClientApiIT.unique("Dry");
        String csv = "First Name,Surname,DOB,Mobile,E-mail,Referred by,Complaint,Consent,Notes,Precautions,"
                + "Precaution notes\nAda," + family + ",1980-01-01,,,,Neck pain,,,,\n";

        for (String value : List.of("yes", "1", "on", "no", "", "%20true", "TRUE", "True")) {
            Api.Reply reply = owner.send("POST", "api/clients/import?dryRun=" + value, "text/csv", csv);
            SecurityIT.assertProblem(reply, 400);
            assertThat(field(reply)).as(value).isEqualTo("dryRun");
        }

        assertThat(owner.get("api/clients?q=" + family).json().getInt("total")).isZero();
    }

    /** Archiving an archived client or restoring one who is not archived is no event: 409, and no line says it was. */
    @Test
    void archiveAndRestoreThatChangeNothingAreRefusedAndNotRecorded() {
        Instant start = Instant.now();
        String client = "api/clients/" + clientId;

        SecurityIT.assertProblem(therapist.post(client + "/restore", null), 409);
        assertThat(therapist.post(client + "/archive", null).status()).isEqualTo(200);
        Api.Reply again = therapist.post(client + "/archive", null);
        SecurityIT.assertProblem(again, 409);
        assertThat(again.json().getString("detail")).contains("already archived");
        SecurityIT.assertProblem(therapist.post(client + "/restore", "{not json"), 400);
        SecurityIT.assertProblem(therapist.post(client + "/restore", "{}"), 400);

        assertThat(successLines(database, start, "ARCHIVE", clientId)).isEqualTo(1);
        assertThat(successLines(database, start, "RESTORE", clientId)).isZero();
        assertThat(therapist.post(client + "/restore", null).status()).isEqualTo(200);
        assertThat(successLines(database, start, "RESTORE", clientId)).isEqualTo(1);
    }

    /** A save that changes nothing writes no change line and keeps the version. */
    @Test
    void savesThatChangeNothingWriteNoLineAndKeepTheVersion() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api admin = Staff.admin(deployment);
        Api.Reply user = Staff.create(deployment, "THERAPIST");
        String userId = user.json().getString("id");
        String point = point();
        String note = draft(point);
        Instant start = Instant.now();

        Api.Reply client = therapist.put("api/clients/" + clientId, "{}", Map.of("If-Match", "\"0\""));
        Api.Reply noteAsRead = therapist.put("api/notes/" + note, note(point, 6), Map.of("If-Match", "\"0\""));
        Api.Reply noteEmpty = therapist.put("api/notes/" + note, "{}", Map.of("If-Match", "\"0\""));
        Api.Reply roles = admin.put(
                "api/users/" + userId + "/roles", "{\"roles\":[\"THERAPIST\"]}", admin.asRead("api/users/" + userId));
        Api.Reply noRoles = admin.put("api/users/" + userId + "/roles", "{}", admin.asRead("api/users/" + userId));
        Api.Reply policy = owner.put("api/second-factor-policy", "{}", owner.asRead("api/second-factor-policy"));
        Api.Reply carers = owner.put("api/clients/" + clientId + "/therapists", "{}", Map.of("If-Match", "\"0\""));

        for (Api.Reply reply : List.of(client, noteAsRead, noteEmpty, roles, noRoles, policy, carers)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        assertThat(client.header("ETag")).isEqualTo("\"0\"");
        assertThat(noteAsRead.header("ETag"))
                .as("the draft sent again as opened, points and episodes included")
                .isEqualTo("\"0\"");
        assertThat(noteEmpty.header("ETag")).isEqualTo("\"0\"");
        assertThat(noRoles.header("ETag")).as("the user keeps the version").isEqualTo(roles.header("ETag"));
        assertThat(successLines(database, start, "UPDATE", note)).isZero();
        assertThat(therapist.get("api/clients/" + clientId).json().getInt("version"))
                .isZero();
        assertThat(successLines(database, start, "UPDATE", clientId)).isZero();
        assertThat(lines(database, start, "ROLES_CHANGED")).isZero();
        assertThat(lines(database, start, "SESSION_ENDED"))
                .as("nobody signed out")
                .isZero();
        assertThat(lines(database, start, "SECOND_FACTOR_POLICY_CHANGED")).isZero();
        assertThat(successLines(database, start, "THERAPISTS_ASSIGNED", clientId))
                .isZero();
    }

    /** A checkpoint that was never in the trail is the caller's mistake, not tampering; noting one is no verification. */
    @Test
    void theAuditTrailRecordsWhatWasDoneToIt() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Instant start = Instant.now();

        Api.Reply invented = owner.get("api/audit/verification?fromLine=99999999999&hash=" + "0".repeat(64));
        SecurityIT.assertProblem(invented, 400);
        assertThat(field(invented)).isEqualTo("fromLine");
        assertThat(lines(database, start, "AUDIT_VERIFIED")).isZero();

        SecurityIT.assertProblem(owner.post("api/audit/checkpoints", "{not json"), 400);
        Api.Reply noted = owner.post("api/audit/checkpoints", null);
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(lines(database, start, "AUDIT_CHECKPOINTED")).isEqualTo(1);
        assertThat(lines(database, start, "AUDIT_VERIFIED")).isZero();
    }

    /**
     * If-Match names the version the caller read: without one a discard, the sites, an assignment, a change of roles,
     * of the second-factor policy or of the logo is refused (400 naming it), a stale one is refused (409), never a lost
     * change.
     */
    @Test
    void aMissingOrStaleIfMatchIsRefusedOnDiscardsSitesAndAssignments() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        String note = draft(point());
        for (Api.Reply missing : List.of(
                therapist.delete("api/notes/" + note),
                therapist.put("api/clients/" + clientId + "/contraindication-sites", "{\"sites\":{}}", Map.of()),
                owner.put("api/clients/" + clientId + "/therapists", "{\"therapistIds\":[]}", Map.of()))) {
            SecurityIT.assertProblem(missing, 400);
            assertThat(field(missing)).as(missing.toString()).isEqualTo("If-Match");
        }
        assertThat(therapist.get("api/notes/" + note).status())
                .as("the draft is kept")
                .isEqualTo(200);
        assertThat(therapist
                        .put("api/notes/" + note, "{\"plan\":\"Weekly\"}", Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(200);

        SecurityIT.assertProblem(
                therapist.send("DELETE", "api/notes/" + note, "application/json", null, Map.of("If-Match", "\"0\"")),
                409);
        assertThat(therapist.get("api/notes/" + note).status())
                .as("the saved draft is kept")
                .isEqualTo(200);
        assertThat(therapist
                        .send("DELETE", "api/notes/" + note, "application/json", null, Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(204);

        String sites = "api/clients/" + clientId + "/contraindication-sites";
        String carers = "api/clients/" + clientId + "/therapists";
        assertThat(therapist.get(sites).header("ETag")).isEqualTo("\"0\"");
        assertThat(owner.get(carers).header("ETag")).isEqualTo("\"0\"");
        assertThat(therapist
                        .put("api/clients/" + clientId, "{\"phone\":\"+61 400 999 999\"}", Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(200);
        SecurityIT.assertProblem(therapist.put(sites, "{\"sites\":{}}", Map.of("If-Match", "\"0\"")), 409);
        SecurityIT.assertProblem(owner.put(carers, "{\"therapistIds\":[]}", Map.of("If-Match", "\"0\"")), 409);

        Api.Reply assigned = owner.put(carers, "{\"therapistIds\":[]}", Map.of("If-Match", "\"1\""));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.header("ETag"))
                .as("the assignment is part of the client's record")
                .isEqualTo("\"2\"");
        SecurityIT.assertProblem(owner.put(carers, "{\"therapistIds\":[]}", Map.of("If-Match", "\"1\"")), 409);
    }

    /** A roles page loaded before a role was given does not take it back (nor end that user's sessions). */
    @Test
    void aStaleChangeOfRolesIsRefusedAndTheRoleGivenSinceStays() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        String user =
                "api/users/" + Staff.create(deployment, "THERAPIST").json().getString("id");
        Api.Reply missing = owner.put(user + "/roles", "{\"roles\":[\"THERAPIST\"]}", Map.of());
        SecurityIT.assertProblem(missing, 400);
        assertThat(field(missing)).isEqualTo("If-Match");

        Map<String, String> asReadEarlier = owner.asRead(user);
        assertThat(owner.get("api/users").body()).contains("\"version\":");
        Api.Reply given = owner.put(user + "/roles", "{\"roles\":[\"THERAPIST\",\"OWNER\"]}", owner.asRead(user));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(given.header("ETag")).isNotEqualTo(asReadEarlier.get("If-Match"));
        Instant start = Instant.now();

        Api.Reply stale = owner.put(user + "/roles", "{\"roles\":[\"THERAPIST\"]}", asReadEarlier);
        SecurityIT.assertProblem(stale, 409);
        assertThat(stale.json().getString("detail")).contains("changed by someone else", "Reload");
        assertThat(owner.get(user).json().getJsonArray("roles").toString()).contains("OWNER");
        assertThat(lines(database, start, "ROLES_CHANGED")).isZero();
        assertThat(lines(database, start, "SESSION_ENDED")).isZero();
    }

    /**
     * The policy's version is derived from its roles: If-Match naming another set of roles than the current one (as a
     * page read before another owner's change would) is refused, and the policy stays as it is.
     */
    @Test
    void aStaleChangeOfTheSecondFactorPolicyIsRefused() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply missing = owner.put("api/second-factor-policy", "{\"requiredFor\":[]}", Map.of());
        SecurityIT.assertProblem(missing, 400);
        assertThat(field(missing)).isEqualTo("If-Match");

        Api.Reply read = owner.get("api/second-factor-policy");
        long version = read.json().getJsonNumber("version").longValue();
        assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");
        Api.Reply stale = owner.put(
                "api/second-factor-policy", "{\"requiredFor\":[]}", Map.of("If-Match", "\"" + (version ^ 1) + "\""));
        SecurityIT.assertProblem(stale, 409);
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        assertThat(owner.get("api/second-factor-policy").json()).isEqualTo(read.json());
    }

    /** The logo is part of the letterhead: replacing or removing it takes the settings' version and gives a new one. */
    @Test
    void aStaleLogoChangeIsRefusedAndTheLogoStays() throws Exception {
        Api admin = Staff.admin(deployment);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(40, 12, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String logo = "api/practice-settings/logo";
        Api.Reply missing = admin.sendRaw("PUT", logo, "image/png", png.toByteArray(), Map.of());
        SecurityIT.assertProblem(missing, 400);
        assertThat(field(missing)).isEqualTo("If-Match");

        Map<String, String> asReadEarlier = admin.asRead("api/practice-settings");
        Api.Reply replaced = admin.sendRaw("PUT", logo, "image/png", png.toByteArray(), asReadEarlier);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(204);
        assertThat(replaced.header("ETag"))
                .as("the settings' new version")
                .isEqualTo(admin.get("api/practice-settings").header("ETag"))
                .isNotEqualTo(asReadEarlier.get("If-Match"));

        SecurityIT.assertProblem(admin.send("DELETE", logo, "application/json", null, asReadEarlier), 409);
        SecurityIT.assertProblem(admin.sendRaw("PUT", logo, "image/png", png.toByteArray(), asReadEarlier), 409);
        assertThat(admin.download(logo).statusCode()).as("the logo stays").isEqualTo(200);

        Api.Reply removed =
                admin.send("DELETE", logo, "application/json", null, Map.of("If-Match", replaced.header("ETag")));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(admin.download(logo).statusCode()).isEqualTo(404);
    }
}
