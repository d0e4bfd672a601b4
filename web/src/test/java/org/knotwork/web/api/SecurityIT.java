package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.web.api.corpus.DatabaseProbe;

/**
 * Signing in and out, and who may do what, on the built WAR. The deployment locks an account after three wrong
 * passwords (arquillian.xml). Each test makes its own users through {@link Staff}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isNotBlank();
    }

    @Test
    void everyApiCallNeedsSignInExceptSigningIn() {
        Api stranger = new Api(deployment);

        for (String path :
                new String[] {"api/clients", "api/contraindications", "api/users", "api/practice-settings"}) {
            Api.Reply reply = stranger.get(path);
            assertProblem(reply, 401);
            assertThat(reply.json().getString("detail")).contains("Sign in first");
            assertThat(reply.header("WWW-Authenticate")).isNotBlank();
        }
        assertProblem(stranger.post("api/clients", ClientApiIT.client("Ada", "Stranger")), 401);
        assertProblem(stranger.get("api/session"), 401);
        assertProblem(stranger.delete("api/session"), 401);
        assertThat(stranger.get("health/ready").status()).isEqualTo(200);
    }

    @Test
    void requestsThatChangeDataNeedTheKnotworkHeaderAndThisSitesOrigin() {
        Api therapist = Staff.signedIn(deployment, "THERAPIST");
        String family = ClientApiIT.unique("Forged");

        Api.Reply forged = therapist.unmarked().post("api/clients", ClientApiIT.client("Cross", family));
        assertProblem(forged, 403);
        assertThat(forged.json().getString("detail")).contains("X-Knotwork-Request");
        Api.Reply otherSite = therapist.send(
                "POST",
                "api/clients",
                "application/json",
                ClientApiIT.client("Cross", family),
                Map.of("Origin", "https://evil.example"));
        assertProblem(otherSite, 403);
        assertThat(otherSite.json().getString("detail")).contains("another site");
        assertProblem(therapist.unmarked().delete("api/session"), 403);
        assertThat(therapist.unmarked().get("api/clients?q=" + family).json().getInt("total"))
                .as("nothing was written, and reads need no header")
                .isZero();

        String sameSite = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        Api.Reply fromThisSite = therapist.send(
                "POST",
                "api/clients",
                "application/json",
                ClientApiIT.client("Cross", family),
                Map.of("Origin", sameSite));
        assertThat(fromThisSite.status()).as(fromThisSite.toString()).isEqualTo(201);
    }

    @Test
    void signingInGivesAStrictHttpOnlySessionCookieAndSigningOutEndsIt() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api therapist = new Api(deployment);

        Api.Reply signedIn = therapist.signIn(username.toUpperCase(), Staff.PASSWORD);

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().getString("username")).isEqualTo(username);
        assertThat(signedIn.json().getString("step")).isEqualTo("SIGNED_IN");
        assertThat(signedIn.json().getJsonArray("roles").getString(0)).isEqualTo("THERAPIST");
        assertThat(signedIn.json().getJsonNumber("idleTimeoutSeconds").longValue())
                .isEqualTo(1800);
        String cookie = signedIn.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("knotwork-session="))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(cookie)
                .as("a random token of 256 bits, base64url")
                .matches("knotwork-session=[A-Za-z0-9_-]{43}; Path=/;.*");
        assertThat(cookie)
                .as("over plain HTTP neither Secure nor the __Host- prefix (docs/security.md)")
                .doesNotContainIgnoringCase("Secure;")
                .doesNotEndWith("Secure");
        assertThat(signedIn.headers("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(therapist.get("api/session").json().getString("displayName")).isEqualTo("Test " + username);
        assertThat(therapist.get("api/contraindications").status()).isEqualTo(200);

        Api.Reply signedOut = therapist.delete("api/session");
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(signedOut.header("Set-Cookie")).contains("Max-Age=0");

        assertProblem(therapist.get("api/session"), 401);
        assertProblem(therapist.get("api/clients"), 401);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");

        Api.Reply wrongPassword = new Api(deployment).signIn(username, "not the password at all");
        Api.Reply unknownUser = new Api(deployment).signIn("nobody-" + username, Staff.PASSWORD);

        assertProblem(wrongPassword, 401);
        assertProblem(unknownUser, 401);
        assertThat(wrongPassword.json().getString("detail"))
                .isEqualTo(unknownUser.json().getString("detail"))
                .isEqualTo("The username or password is not right.");
        assertThat(wrongPassword.header("Set-Cookie")).isNull();
    }

    @Test
    void threeWrongPasswordsLockTheAccountAndAnUnknownNameAlike() {
        Api.Reply created = Staff.create(deployment, "THERAPIST");
        String username = created.json().getString("username");
        Api guesser = new Api(deployment);

        assertThat(guesser.signIn(username, "wrong password one").json().getString("detail"))
                .isEqualTo("The username or password is not right.");
        assertThat(guesser.signIn(username, "wrong password two").status()).isEqualTo(401);
        Api.Reply third = guesser.signIn(username, "wrong password three");
        Api.Reply rightButLocked = guesser.signIn(username, Staff.PASSWORD);

        assertProblem(third, 401);
        assertThat(third.json().getString("detail")).contains("locked");
        assertProblem(rightButLocked, 401);
        assertThat(rightButLocked.json().getString("detail"))
                .isEqualTo(third.json().getString("detail"));
        assertProblem(guesser.get("api/session"), 401);
        assertThat(Staff.admin(deployment)
                        .get("api/users/" + created.json().getString("id"))
                        .json()
                        .getString("lockedUntil"))
                .as("those who manage users see until when")
                .isNotBlank();

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(guesser.signIn("nobody-" + username, "guess " + attempt)
                            .json()
                            .getString("detail"))
                    .isEqualTo("The username or password is not right.");
        }
        assertThat(guesser.signIn("nobody-" + username, "guess 3").json().getString("detail"))
                .as("an unknown name locks like a real one, so the message tells nothing")
                .isEqualTo(third.json().getString("detail"));
    }

    @Test
    void administratorsManageUsersButDoNotChart() {
        Api admin = Staff.signedIn(deployment, "ADMIN");

        assertProblem(admin.get("api/clients"), 403);
        Api.Reply create = admin.post("api/clients", ClientApiIT.client("Ada", "Administered"));
        assertProblem(create, 403);
        assertThat(create.json().getString("detail")).contains("Therapist or Practice owner");
        assertThat(admin.get("api/users").status()).isEqualTo(200);
        assertThat(admin.get("api/contraindications").status()).isEqualTo(200);
    }

    @Test
    void therapistsChartButDoNotManageUsersOrSettings() {
        Api therapist = Staff.signedIn(deployment, "THERAPIST");

        assertProblem(therapist.get("api/users"), 403);
        assertProblem(therapist.post("api/users", "{}"), 403);
        assertProblem(therapist.put("api/practice-settings", "{}", Map.of()), 403);
        assertThat(therapist.get("api/practice-settings").status()).isEqualTo(200);
        assertThat(therapist
                        .post("api/clients", ClientApiIT.client("Ada", "Charted"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void ownersReadClientsAndManageUsers() {
        Api owner = Staff.signedIn(deployment, "OWNER");

        assertThat(owner.get("api/clients").status()).isEqualTo(200);
        assertThat(owner.get("api/users").status()).isEqualTo(200);
    }

    @Test
    void changedRolesEndTheUsersSessionsAndApplyWhenTheySignInAgain() {
        Api.Reply created = Staff.create(deployment, "THERAPIST");
        String username = created.json().getString("username");
        Api user = new Api(deployment);
        user.signIn(username, Staff.PASSWORD);
        String roles = "api/users/" + created.json().getString("id") + "/roles";
        Api owner = Staff.owner(deployment);
        assertProblem(user.get("api/users"), 403);

        Api.Reply promoted = owner.put(roles, "{\"roles\":[\"THERAPIST\",\"OWNER\"]}", owner.asRead(user(roles)));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertProblem(user.get("api/users"), 401);
        user.signIn(username, Staff.PASSWORD);
        assertThat(user.get("api/users").status()).isEqualTo(200);

        owner.put(roles, "{\"roles\":[\"ADMIN\"]}", owner.asRead(user(roles)));
        user.signIn(username, Staff.PASSWORD);
        assertProblem(user.get("api/clients"), 403);
        assertThat(user.get("api/session").json().getJsonArray("roles").getString(0))
                .isEqualTo("ADMIN");
        assertThat(owner.get("api/users").status())
                .as("the one who changed the roles stays signed in")
                .isEqualTo(200);

        assertProblem(owner.put(roles, "{\"roles\":[]}", owner.asRead(user(roles))), 400);
        assertProblem(owner.put(roles, "{\"roles\":[\"HEALER\"]}", owner.asRead(user(roles))), 400);
    }

    @Test
    void managingUsersIsNoWayIntoClientsRecords() {
        Api admin = Staff.signedIn(deployment, "ADMIN");
        String self = admin.get("api/session").json().getString("id");

        Api.Reply promoted = admin.put(
                "api/users/" + self + "/roles", "{\"roles\":[\"ADMIN\",\"OWNER\"]}", admin.asRead("api/users/" + self));
        assertProblem(promoted, 403);
        assertThat(promoted.json().getString("detail")).contains("Nobody changes their own roles");
        assertProblem(admin.get("api/clients"), 403);

        Api.Reply therapist = Staff.create(deployment, "THERAPIST");
        String therapistId = therapist.json().getString("id");
        Api.Reply given = admin.put(
                "api/users/" + therapistId + "/roles",
                "{\"roles\":[\"THERAPIST\",\"OWNER\"]}",
                admin.asRead("api/users/" + therapistId));
        assertProblem(given, 403);
        assertThat(given.json().getString("detail")).contains("Only a practice owner gives or takes the role of");
        assertProblem(admin.post("api/users", """
                {"username":"%s","displayName":"Puppet","password":"%s","roles":["THERAPIST"]}""".formatted(ClientApiIT.unique("puppet-"), Staff.FIRST_PASSWORD)), 403);
        assertProblem(
                admin.post("api/users/" + therapistId + "/password", "{\"password\":\"known to the administrator\"}"),
                403);
        assertProblem(admin.post("api/users/" + therapistId + "/deactivate", null), 403);
        assertThat(admin.post("api/users", """
                        {"username":"%s","displayName":"Deputy","password":"%s","roles":["ADMIN"]}""".formatted(ClientApiIT.unique("deputy-"), Staff.FIRST_PASSWORD))
                        .status())
                .as("administrators manage administrators")
                .isEqualTo(201);

        Api owner = Staff.owner(deployment);
        String ownerId = owner.get("api/session").json().getString("id");
        assertProblem(
                owner.put(
                        "api/users/" + ownerId + "/roles",
                        "{\"roles\":[\"OWNER\",\"THERAPIST\"]}",
                        owner.asRead("api/users/" + ownerId)),
                403);
        assertThat(owner.put(
                                "api/users/" + therapistId + "/roles",
                                "{\"roles\":[\"THERAPIST\",\"OWNER\"]}",
                                owner.asRead("api/users/" + therapistId))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aNewUserChangesTheFirstPasswordAtTheFirstSignIn() {
        String username = ClientApiIT.unique("first-");
        Api.Reply created = Staff.owner(deployment).post("api/users", """
                {"username":"%s","displayName":"New","password":"%s","roles":["THERAPIST"]}""".formatted(username, Staff.FIRST_PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api user = new Api(deployment);
        assertThat(user.signIn(username, Staff.FIRST_PASSWORD).json().getString("step"))
                .as("whoever created the user knows this password")
                .isEqualTo("PASSWORD_CHANGE");
        assertProblem(user.get("api/clients"), 403);
    }

    @Test
    void thePracticeKeepsItsLastActiveAdministrator() {
        Api owner = Staff.owner(deployment);
        String firstAdmin = null;
        for (var user : jakarta.json.Json.createReader(
                        new java.io.StringReader(owner.get("api/users").body()))
                .readArray()) {
            var person = user.asJsonObject();
            boolean activeAdmin = person.getBoolean("active")
                    && person.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                            .anyMatch(role -> role.getString().equals("ADMIN"));
            if (activeAdmin && person.getString("username").equals("admin")) {
                firstAdmin = person.getString("id");
            } else if (activeAdmin) {
                assertThat(owner.post("api/users/" + person.getString("id") + "/deactivate", null)
                                .status())
                        .isEqualTo(200);
            }
        }

        String roles = "api/users/" + firstAdmin + "/roles";
        try {
            Api.Reply demoted = owner.put(roles, "{\"roles\":[\"OWNER\"]}", owner.asRead(user(roles)));
            assertProblem(demoted, 409);
            assertThat(demoted.json().getString("detail")).contains("last active administrator");
            Api.Reply ended = owner.post("api/users/" + firstAdmin + "/deactivate", null);
            assertProblem(ended, 409);
            assertThat(ended.json().getString("detail")).contains("last active administrator");
            assertThat(Staff.admin(deployment).get("api/users").status()).isEqualTo(200);
        } finally {
            owner.put(roles, "{\"roles\":[\"ADMIN\"]}", owner.asRead(user(roles))); // had it been taken
        }
    }

    /** The user whose roles these are: {@code api/users/{id}} of {@code api/users/{id}/roles}. */
    private static String user(String roles) {
        return roles.substring(0, roles.length() - "/roles".length());
    }

    /** JAX-RS runs the GET for a HEAD: the trail recorded reports and exports that were never sent. */
    @Test
    void headIsRefusedWithTheAllowedMethodsAndRecordsNothing() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Instant start = Instant.now();

        Api.Reply report =
                owner.sendRaw("HEAD", "api/audit/report?from=2026-01-01&to=2026-01-31", null, new byte[0], Map.of());
        Api.Reply outcomes = owner.sendRaw("HEAD", "api/outcomes", null, new byte[0], Map.of());
        Api.Reply clients = owner.sendRaw("HEAD", "api/clients", null, new byte[0], Map.of());

        assertThat(report.status()).as(report.toString()).isEqualTo(405);
        assertThat(report.header("Allow")).isEqualTo("GET");
        assertThat(outcomes.status()).as(outcomes.toString()).isEqualTo(405);
        assertThat(clients.status()).as(clients.toString()).isEqualTo(405);
        assertThat(clients.header("Allow")).isEqualTo("GET, POST");
        try (DatabaseProbe database = new DatabaseProbe()) {
            assertThat(database.linesSince(start))
                    .as("no report, outcome view or list was delivered")
                    .noneMatch(line ->
                            List.of("AUDIT_REPORTED", "OUTCOMES_VIEWED", "READ").contains(line.action()));
        }
        assertThat(owner.get("api/clients").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUserIsSignedOutAtOnce() {
        Api.Reply created = Staff.create(deployment, "THERAPIST");
        String username = created.json().getString("username");
        Api user = new Api(deployment);
        user.signIn(username, Staff.PASSWORD);

        Api.Reply deactivated =
                Staff.owner(deployment).post("api/users/" + created.json().getString("id") + "/deactivate", null);

        assertThat(deactivated.json().getBoolean("active")).isFalse();
        assertProblem(user.get("api/clients"), 401);
        assertThat(user.signIn(username, Staff.PASSWORD).json().getString("detail"))
                .isEqualTo("The username or password is not right.");
    }

    @Test
    void newUsersNeedAStrongPasswordAndAFreeUsername() {
        Api owner = Staff.owner(deployment);
        String taken = Staff.create(deployment, "OWNER").json().getString("username");

        Api.Reply weak = owner.post("api/users", """
                {"username":"weak-one","displayName":"Weak","password":"short","roles":["THERAPIST"]}""");
        Api.Reply duplicate = owner.post("api/users", """
                {"username":"%s","displayName":"Again","password":"%s","roles":["THERAPIST"]}""".formatted(taken.toUpperCase(), Staff.PASSWORD));

        assertProblem(weak, 400);
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("password");
        assertProblem(duplicate, 409);
        assertThat(duplicate.json().getString("detail")).isEqualTo("That username is taken; choose another.");
    }

    /** "Add user" pressed twice, or two administrators at once: one user, the others told it is taken, never a 500. */
    @Test
    void aUsernameAskedForTwiceAtOnceIsOneUserAndA409() throws Exception {
        // An owner: only an owner gives the therapist's role.
        Api admin = Staff.owner(deployment);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                String username =
                        "twice-" + java.util.UUID.randomUUID().toString().substring(0, 8);
                String body = """
                        {"username":"%s","displayName":"Twice","password":"%s","roles":["THERAPIST"]}""".formatted(username, Staff.PASSWORD);
                var start = new java.util.concurrent.CountDownLatch(1);
                var replies = new java.util.ArrayList<java.util.concurrent.Future<Api.Reply>>();
                for (int i = 0; i < 4; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return admin.post("api/users", body);
                    }));
                }
                start.countDown();
                var statuses = new java.util.ArrayList<Integer>();
                for (var reply : replies) {
                    Api.Reply answer = reply.get();
                    statuses.add(answer.status());
                    if (answer.status() != 201) {
                        assertProblem(answer, 409);
                        assertThat(answer.json().getString("detail"))
                                .isEqualTo("That username is taken; choose another.");
                    }
                }
                assertThat(statuses).as(username).containsOnlyOnce(201);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void practiceSettingsAreReadByAllAndChangedByOwners() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        Api.Reply read = owner.get("api/practice-settings");
        String version = read.header("ETag");

        Api.Reply changed = owner.put("api/practice-settings", """
                {"ownClientsOnly":false,"compressionDiscomfortThreshold":4,"pressureUnit":"KPA"}""", Map.of("If-Match", version));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getInt("compressionDiscomfortThreshold")).isEqualTo(4);
        assertThat(changed.json().getString("pressureUnitSymbol")).isEqualTo("kPa");
        assertProblem(owner.put("api/practice-settings", """
                {"ownClientsOnly":false,"compressionDiscomfortThreshold":3,"pressureUnit":"KGF_CM2"}""", Map.of("If-Match", version)), 409);
        assertProblem(owner.put("api/practice-settings", """
                {"ownClientsOnly":false,"compressionDiscomfortThreshold":11,"pressureUnit":"PSI"}""", Map.of("If-Match", changed.header("ETag"))), 400);
        owner.put("api/practice-settings", """
                {"ownClientsOnly":false,"compressionDiscomfortThreshold":3,"pressureUnit":"KGF_CM2"}""", Map.of("If-Match", changed.header("ETag")));
    }
}
