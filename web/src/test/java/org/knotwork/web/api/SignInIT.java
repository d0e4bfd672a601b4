package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.web.api.SecurityIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.security.Totp;

/**
 * Signing in with a second factor, the owner's rule of who needs one, passwords changed and reset, sessions listed
 * and ended, and the lock-out under concurrent guesses, on the built WAR (three failures lock, arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    /** Sets up an authenticator app for the signed-in user; answers its secret and the recovery codes. */
    static String[] enrol(Api user) {
        Api.Reply started = user.post("api/account/second-factor", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String secret = started.json().getString("secret");
        assertThat(started.json().getString("qrCode")).startsWith("data:image/png;base64,iVBOR");
        assertThat(started.json().getString("uri"))
                .startsWith("otpauth://totp/Knotwork:")
                .contains(secret);
        Api.Reply confirmed =
                user.post("api/account/second-factor/confirmation", code(Totp.codeAt(secret, Instant.now())));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> codes = confirmed
                .json()
                .getJsonArray("recoveryCodes")
                .getValuesAs(v -> v.toString().replace("\"", ""));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        return new String[] {secret, codes.get(0), codes.get(1)};
    }

    static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    /** A code of a later step than the last one used, still inside the accepted window. */
    static String nextCode(String secret) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(30));
    }

    @Test
    void aSecondFactorIsSetUpWithAQrCodeThenAskedForAtEverySignIn() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api user = new Api(deployment);
        user.signIn(username, Staff.PASSWORD);
        assertThat(user.get("api/account/second-factor").json().getBoolean("enrolled"))
                .isFalse();
        user.post("api/account/second-factor", null);
        Api.Reply wrong = user.post("api/account/second-factor/confirmation", code("000000"));
        assertProblem(wrong, 400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("code");

        String secret = enrol(user)[0];
        assertThat(user.get("api/account/second-factor").json().getInt("recoveryCodesLeft"))
                .isEqualTo(10);

        Api later = new Api(deployment);
        Api.Reply password = later.signIn(username, Staff.PASSWORD);
        assertThat(password.status()).isEqualTo(200);
        assertThat(password.json().getString("step")).isEqualTo("SECOND_FACTOR");
        assertThat(password.json().containsKey("username"))
                .as("nothing about the user before the code")
                .isFalse();
        assertProblem(later.get("api/clients"), 401);
        assertProblem(later.get("api/session"), 401);
        assertProblem(later.post("api/session/second-factor", code("123456")), 401);

        Api.Reply signedIn = later.post("api/session/second-factor", code(nextCode(secret)));

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().getString("step")).isEqualTo("SIGNED_IN");
        assertThat(signedIn.json().getString("username")).isEqualTo(username);
        assertThat(signedIn.header("Set-Cookie"))
                .as("a new token once the second factor is proven")
                .isNotEqualTo(password.header("Set-Cookie"));
        assertThat(later.get("api/clients").status()).isEqualTo(200);
    }

    @Test
    void anAppCodeIsAcceptedOnceAndARecoveryCodeOnce() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api user = new Api(deployment);
        user.signIn(username, Staff.PASSWORD);
        String[] factor = enrol(user);
        String used = nextCode(factor[0]);
        Api first = new Api(deployment);
        first.signIn(username, Staff.PASSWORD);
        assertThat(first.post("api/session/second-factor", code(used)).status()).isEqualTo(200);

        Api replay = new Api(deployment);
        replay.signIn(username, Staff.PASSWORD);
        Api.Reply replayed = replay.post("api/session/second-factor", code(used));
        assertProblem(replayed, 401);
        assertThat(replayed.json().getString("detail")).contains("used already");

        Api recovering = new Api(deployment);
        recovering.signIn(username, Staff.PASSWORD);
        assertThat(recovering
                        .post("api/session/second-factor", code(factor[1].toUpperCase()))
                        .status())
                .isEqualTo(200);
        assertThat(recovering.get("api/account/second-factor").json().getInt("recoveryCodesLeft"))
                .isEqualTo(9);
        Api again = new Api(deployment);
        again.signIn(username, Staff.PASSWORD);
        assertProblem(again.post("api/session/second-factor", code(factor[1])), 401);
        assertThat(Staff.admin(deployment).get("api/audit?size=100").body())
                .contains("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_USED", "SECOND_FACTOR_FAILED");
    }

    @Test
    void theOwnerChoosesWhichRolesNeedASecondFactorAndTheirUsersSetOneUpFirst() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        assertProblem(
                Staff.signedIn(deployment, "THERAPIST")
                        .put("api/second-factor-policy", "{\"requiredFor\":[]}", Map.of()),
                403);
        assertProblem(Staff.admin(deployment).put("api/second-factor-policy", "{\"requiredFor\":[]}", Map.of()), 403);
        String therapist = Staff.create(deployment, "THERAPIST").json().getString("username");
        String secondOwner = Staff.create(deployment, "OWNER").json().getString("username");
        try {
            Api.Reply changed = owner.put(
                    "api/second-factor-policy",
                    "{\"requiredFor\":[\"OWNER\"]}",
                    owner.asRead("api/second-factor-policy"));
            assertThat(changed.json().getJsonArray("requiredFor").getString(0)).isEqualTo("OWNER");

            assertThat(new Api(deployment)
                            .signIn(therapist, Staff.PASSWORD)
                            .json()
                            .getString("step"))
                    .isEqualTo("SIGNED_IN");
            Api enrolling = new Api(deployment);
            assertThat(enrolling.signIn(secondOwner, Staff.PASSWORD).json().getString("step"))
                    .isEqualTo("ENROLMENT");
            Api.Reply refused = enrolling.get("api/clients");
            assertProblem(refused, 403);
            assertThat(refused.json().getString("detail")).contains("authenticator app");
            assertThat(enrolling.get("api/account/second-factor").json().getBoolean("required"))
                    .isTrue();

            enrol(enrolling);

            assertThat(enrolling.get("api/session").json().getString("step")).isEqualTo("SIGNED_IN");
            assertThat(enrolling.get("api/clients").status()).isEqualTo(200);
            assertProblem(enrolling.post("api/account/second-factor/removal", code("123456")), 400);
        } finally {
            owner.put("api/second-factor-policy", "{\"requiredFor\":[]}", owner.asRead("api/second-factor-policy"));
        }
    }

    @Test
    void usersSeeAndEndTheirOwnSessionsAndThoseWhoManageUsersEndAnyones() {
        JsonObject created = Staff.create(deployment, "THERAPIST").json();
        String username = created.getString("username");
        Api desk = new Api(deployment);
        Api laptop = new Api(deployment);
        desk.signIn(username, Staff.PASSWORD);
        laptop.signIn(username, Staff.PASSWORD);

        Api.Reply listed = desk.get("api/account/sessions");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        var sessions = jakarta.json.Json.createReader(new java.io.StringReader(listed.body()))
                .readArray();
        assertThat(sessions).hasSize(2);
        JsonObject other = sessions.stream()
                .map(v -> v.asJsonObject())
                .filter(s -> !s.getBoolean("current"))
                .findFirst()
                .orElseThrow();
        assertThat(other.getString("userAgent")).isNotBlank();

        assertThat(desk.delete("api/account/sessions/" + other.getString("id")).status())
                .isEqualTo(204);
        assertProblem(laptop.get("api/clients"), 401);
        assertThat(desk.get("api/clients").status()).isEqualTo(200);
        assertProblem(laptop.delete("api/account/sessions/" + other.getString("id")), 401);

        Api admin = Staff.admin(deployment);
        String userSessions = "api/users/" + created.getString("id") + "/sessions";
        assertThat(admin.get(userSessions).body()).contains("SIGNED_IN");
        assertThat(admin.delete(userSessions).status()).isEqualTo(204);
        assertProblem(desk.get("api/clients"), 401);
        assertThat(admin.get(userSessions).body()).isEqualTo("[]");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndAResetOneMustBeChanged() {
        JsonObject created = Staff.create(deployment, "THERAPIST").json();
        String username = created.getString("username");
        Api here = new Api(deployment);
        Api elsewhere = new Api(deployment);
        here.signIn(username, Staff.PASSWORD);
        elsewhere.signIn(username, Staff.PASSWORD);
        String change = "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}";

        Api.Reply wrongCurrent = here.put(
                "api/account/password", change.formatted("not my password", "pebbles under the willow"), Map.of());
        assertProblem(wrongCurrent, 400);
        assertThat(wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("currentPassword");
        Api.Reply common =
                here.put("api/account/password", change.formatted(Staff.PASSWORD, "baseball123456"), Map.of());
        assertProblem(common, 400);
        assertThat(common.json().getString("detail")).contains("most common");
        Api.Reply changed = here.put(
                "api/account/password", change.formatted(Staff.PASSWORD, "pebbles under the willow"), Map.of());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(here.get("api/clients").status()).isEqualTo(200);
        assertProblem(elsewhere.get("api/clients"), 401);

        Api.Reply reset = Staff.owner(deployment)
                .post(
                        "api/users/" + created.getString("id") + "/password",
                        "{\"password\":\"a reset password for jo\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertProblem(here.get("api/clients"), 401);
        Api.Reply signedIn = here.signIn(username, "a reset password for jo");
        assertThat(signedIn.json().getString("step")).isEqualTo("PASSWORD_CHANGE");
        assertProblem(here.get("api/clients"), 403);
        assertThat(here.put(
                                "api/account/password",
                                change.formatted("a reset password for jo", "my own chosen words"),
                                Map.of())
                        .json()
                        .getString("step"))
                .isEqualTo("SIGNED_IN");
        assertThat(here.get("api/clients").status()).isEqualTo(200);
    }

    @Test
    void twelveWrongPasswordsAtOnceLockTheAccountAtTheLimit() throws Exception {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int guess = i;
            answers.add(pool.submit(() -> {
                start.await();
                return new Api(deployment)
                        .signIn(username, "wrong guess " + guess)
                        .json()
                        .getString("detail");
            }));
        }
        start.countDown();
        List<String> details = new ArrayList<>();
        for (Future<String> answer : answers) {
            details.add(answer.get());
        }
        pool.shutdown();

        assertThat(details.stream().filter(d -> d.contains("not right")))
                .as("only the guesses before the limit were checked (limit 3 in arquillian.xml)")
                .hasSize(2);
        assertThat(details.stream().filter(d -> d.contains("locked"))).hasSize(10);
        assertThat(new Api(deployment).signIn(username, Staff.PASSWORD).json().getString("detail"))
                .contains("locked");
    }
}
