package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The people the integration tests act as. Each test makes its own users through the API, signed in as the first
 * administrator, so no test depends on another's users, their lock-outs or their roles.
 */
public final class Staff {

    /** Set for the deployment in arquillian.xml ({@code knotwork.admin.initial-password}). */
    public static final String FIRST_ADMIN_PASSWORD = "it-first-password-2026";

    /** What the first sign-in changes the first password to; the same database serves every test class. */
    public static final String ADMIN_PASSWORD = "it-chosen-by-the-first-manager";

    private static volatile boolean adminPasswordChanged;

    public static final String PASSWORD = "a long enough password";

    private Staff() {}

    /**
     * The first administrator, signed in. Its first sign-in (in whichever test comes first) must change the password
     * someone configured before anything else works, which this checks on the way.
     */
    public static synchronized Api admin(URL deployment) {
        Api admin = new Api(deployment);
        Api.Reply signedIn = admin.signIn("admin", adminPasswordChanged ? ADMIN_PASSWORD : FIRST_ADMIN_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        if (!adminPasswordChanged) {
            assertThat(signedIn.json().getString("step")).isEqualTo("PASSWORD_CHANGE");
            Api.Reply refused = admin.get("api/users");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().getString("detail")).contains("new password");
            Api.Reply changed = admin.put(
                    "api/account/password", """
                    {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_ADMIN_PASSWORD, ADMIN_PASSWORD), java.util.Map.of());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().getString("step")).isEqualTo("SIGNED_IN");
            adminPasswordChanged = true;
        }
        return admin;
    }

    /** The first password whoever creates a user gives them; {@link #create} changes it at the first sign-in. */
    public static final String FIRST_PASSWORD = "a first password given";

    /** The practice's first owner, whom the first administrator makes: only an owner gives the clinical roles. */
    public static final String FIRST_OWNER = "it-first-owner";

    /**
     * The practice's first owner, signed in; made by the first administrator on first use (an administrator may make
     * an owner only while the practice has none), with its first password changed to {@link #PASSWORD}.
     */
    public static synchronized Api owner(URL deployment) {
        Api owner = new Api(deployment);
        Api.Reply signedIn = owner.signIn(FIRST_OWNER, PASSWORD);
        if (signedIn.status() == 200) {
            return owner;
        }
        Api.Reply created = admin(deployment).post("api/users", """
                        {"username":"%s","displayName":"First Owner","password":"%s","roles":["OWNER"]}""".formatted(FIRST_OWNER, FIRST_PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        firstSignIn(deployment, FIRST_OWNER);
        Api.Reply again = owner.signIn(FIRST_OWNER, PASSWORD);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        return owner;
    }

    /**
     * Creates a user with these roles, as the practice's first owner, and signs in as them once to change the first
     * password to {@link #PASSWORD}, as every new user must; returns the user's id and username.
     */
    public static Api.Reply create(URL deployment, String... roles) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String roleList = Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Api.Reply created =
                owner(deployment).post("api/users", """
                        {"username":"%s","displayName":"Test %s","password":"%s","roles":[%s]}""".formatted(username, username, FIRST_PASSWORD, roleList));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        firstSignIn(deployment, username);
        return created;
    }

    /** The first sign-in of a new user: the first password, known to whoever created them, changed to {@link #PASSWORD}. */
    private static void firstSignIn(URL deployment, String username) {
        Api first = new Api(deployment);
        Api.Reply signedIn = first.signIn(username, FIRST_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        Api.Reply changed =
                first.put("api/account/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_PASSWORD, PASSWORD), java.util.Map.of());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        first.delete("api/session");
    }

    /** The phone every handout prints, set on the practice's letterhead (no handout is issued without it). */
    public static final String PRACTICE_PHONE = "023 9200 0000";

    /** Sets the letterhead with the practice's phone, as an administrator; harmless when it is already set. */
    public static void letterheadWithPhone(URL deployment) {
        Api admin = admin(deployment);
        Api.Reply settings = admin.get("api/practice-settings");
        Api.Reply set = admin.put(
                "api/practice-settings/letterhead",
                """
                {"practiceName":"Harbour Street Myotherapy","practiceContact":"12 Harbour Street, Portsmouth",
                 "contactPhone":"%s"}""".formatted(PRACTICE_PHONE),
                java.util.Map.of("If-Match", settings.header("ETag")));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    /** A new user with these roles, signed in. */
    public static Api signedIn(URL deployment, String... roles) {
        String username = create(deployment, roles).json().getString("username");
        Api api = new Api(deployment);
        Api.Reply signedIn = api.signIn(username, PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        return api;
    }
}
