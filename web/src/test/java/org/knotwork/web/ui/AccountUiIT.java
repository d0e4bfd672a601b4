package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.security.Totp;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The account screens in headless Chromium: setting up an authenticator app from its QR code and signing in with a
 * code, the forced password change after a reset, one's own sessions, and the owner's second-factor rule with the
 * reset action on the users screen; each page checked with axe-core. Skipped loudly without Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountUiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Browser browser;

    @BeforeEach
    void chromium() {
        if (!Browser.available()) {
            String banner = "\n" + "!".repeat(78) + "\n!! BROWSER TESTS SKIPPED: no Chromium at " + Browser.CHROMIUM
                    + " or no chromedriver at " + Browser.DRIVER + "\n" + "!".repeat(78) + "\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        browser = new Browser(1280, 900);
    }

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    /** No accessibility violations that axe-core finds in the page's main region. */
    void accessible(String page) {
        Results results = new AxeBuilder().include("main").analyze(browser.driver);
        assertThat(results.getViolations())
                .as(page + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    void signIn(String username, String password) {
        browser.driver.get(deployment.toString());
        browser.find("#sign-in");
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", password);
        browser.tap("#sign-in button[type=submit]");
    }

    @Test
    void aTherapistSetsUpAnAuthenticatorAppFromItsQrCodeAndThenSignsInWithItsCode() {
        String username = Staff.create(deployment, "THERAPIST").json().getString("username");
        signIn(username, Staff.PASSWORD);
        browser.find("#search");
        browser.tap("a[href='#/account']");
        browser.tap("#start-enrolment");
        browser.find("#qr-code");
        accessible("enrolment");
        browser.screenshot("account-enrolment");
        String secret = browser.find("#totp-secret").getText().replace(" ", "");
        browser.type("#enrol-code", Totp.codeAt(secret, Instant.now()));
        browser.tap("#enrol-form button[type=submit]");

        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
        accessible("recovery codes");
        browser.tap("#recovery-codes button");
        // The account page is drawn again after the codes are put away: wait for it rather than read it mid-way.
        browser.wait.until(d -> browser.all("#recovery-codes li").isEmpty()
                && browser.find("#second-factor").getText().contains("Recovery codes left"));
        assertThat(browser.find("#second-factor").getText()).contains("Recovery codes left: 10");
        accessible("account");
        browser.screenshot("account");
        browser.tap("#sign-out");

        signIn(username, Staff.PASSWORD);
        browser.find("#second-factor-form");
        accessible("second step");
        browser.screenshot("sign-in-code");
        browser.type("#sf-code", "000000");
        browser.tap("#second-factor-form button[type=submit]");
        assertThat(browser.find("#second-factor-form .errors").getText()).contains("not right");
        browser.type("#sf-code", Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        browser.tap("#second-factor-form button[type=submit]");
        browser.find("#search");
    }

    @Test
    void aResetPasswordIsChangedAtSignInAndOtherSessionsCanBeEnded() {
        JsonObject created = Staff.create(deployment, "THERAPIST").json();
        String username = created.getString("username");
        Staff.owner(deployment)
                .post(
                        "api/users/" + created.getString("id") + "/password",
                        "{\"password\":\"set by the administrator\"}");
        signIn(username, "set by the administrator");
        browser.find("#password-form");
        assertThat(browser.find("#step-heading").getText()).isEqualTo("Choose a new password");
        accessible("forced password change");
        browser.screenshot("sign-in-new-password");
        browser.type("#p-currentPassword", "set by the administrator");
        browser.type("#p-newPassword", "password123456");
        browser.tap("#password-form button[type=submit]");
        assertThat(browser.find("#p-newPassword-error").getText()).contains("most common");
        browser.type("#p-newPassword", "lanterns over quiet water");
        browser.tap("#password-form button[type=submit]");
        browser.find("#search");

        Api elsewhere = new Api(deployment);
        elsewhere.signIn(username, "lanterns over quiet water");
        browser.tap("a[href='#/account']");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#own-sessions tbody tr"), 2));
        browser.tap("#own-sessions .end-session");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#own-sessions tbody tr"), 1));
        assertThat(elsewhere.get("api/clients").status()).isEqualTo(401);
    }

    @Test
    void theOwnerSeesTheSecondFactorRuleAndEachUsersResetAction() {
        String owner = Staff.create(deployment, "OWNER").json().getString("username");
        signIn(owner, Staff.PASSWORD);
        // Opened by address: from the start page an owner is taken to the settings while the practice has no phone.
        browser.present("a[href='#/users']");
        browser.open(deployment + "#/users", "Users");
        browser.find("#second-factor-policy");
        assertThat(browser.all("#second-factor-policy input[name=requiredFor]:disabled"))
                .isEmpty();
        browser.tap(".reset-password");
        browser.find(".reset-form input[name=password]");
        accessible("users and settings");
        browser.screenshot("users-security");
    }

    /**
     * A users page opened before another owner gave someone a role: saving that row's roles is refused in plain words,
     * what was ticked stays ticked, and the role given meanwhile stays given.
     */
    @Test
    void rolesSavedFromAStalePageAreRefusedAndTheTickedChoiceStays() {
        String owner = Staff.create(deployment, "OWNER").json().getString("username");
        JsonObject user = Staff.create(deployment, "THERAPIST").json();
        String username = user.getString("username");
        String address = "api/users/" + user.getString("id");
        signIn(owner, Staff.PASSWORD);
        // Opened by address: from the start page an owner is taken to the settings while the practice has no phone.
        browser.present("a[href='#/users']");
        browser.open(deployment + "#/users", "Users");
        browser.find("tr[data-user='" + username + "']");

        Api elsewhere = Staff.owner(deployment);
        Api.Reply given =
                elsewhere.put(address + "/roles", "{\"roles\":[\"THERAPIST\",\"OWNER\"]}", elsewhere.asRead(address));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);

        String admin = "input[data-role-of='" + username + "'][value=ADMIN]";
        browser.click(browser.present(admin));
        browser.tap("button[data-save-roles='" + username + "']");
        browser.wait.until(d -> !browser.present("tr[data-user='" + username + "'] .errors")
                .getText()
                .isBlank());
        assertThat(browser.find("tr[data-user='" + username + "'] .errors").getText())
                .contains("changed by someone else", "What you ticked is still shown here");
        assertThat(browser.present(admin).isSelected())
                .as("the choice made stays")
                .isTrue();
        assertThat(elsewhere.get(address).json().getJsonArray("roles").toString())
                .as("the role given meanwhile is not taken back")
                .contains("OWNER")
                .doesNotContain("ADMIN");
        accessible("users, roles refused as stale");
        browser.screenshot("users-roles-stale");
    }
}
