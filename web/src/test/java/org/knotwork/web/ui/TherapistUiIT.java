package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.knotwork.web.api.Staff;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The therapist's UI in a real headless Chromium against the built WAR on Payara Micro: sign in, register a client
 * with a contraindication, chart and sign a two-point session from taps on the body map (counting the taps), amend
 * it, and see progress after a second session; then the keyboard alone, and a 768 px tablet. Without Chromium these
 * tests are skipped with a banner in the log, never passed silently.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TherapistUiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Browser browser;
    String username;

    @BeforeEach
    void chromium() {
        if (!Browser.available()) {
            String banner = "\n" + "!".repeat(78) + "\n!! BROWSER TESTS SKIPPED: no Chromium at " + Browser.CHROMIUM
                    + " or no chromedriver at " + Browser.DRIVER + "\n!! Install them (Debian: apt-get install"
                    + " chromium chromium-driver; .ci/run does) to test the UI.\n" + "!".repeat(78) + "\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        username = Staff.create(deployment, "THERAPIST").json().getString("username");
        browser = new Browser(1280, 900);
    }

    /** What the page showed at the end, in the log and as a screenshot, so a failure can be seen. */
    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            System.out.println("Page at the end of " + test.getDisplayName() + ": "
                    + browser.script("return location.href + '\\n' + document.body.innerText.slice(0, 1500)"));
            List<String> refused = browser.refusedByThePolicy();
            browser.close();
            assertThat(refused)
                    .as("nothing the Content-Security-Policy had to refuse")
                    .isEmpty();
        }
    }

    void signIn() {
        browser.driver.get(deployment.toString());
        browser.find("#sign-in");
        browser.screenshot("sign-in");
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", Staff.PASSWORD);
        browser.tap("#sign-in button[type=submit]");
        browser.find("#search");
    }

    String newClient(String family) {
        browser.tap("a[href='#/clients/new']");
        browser.type("#f-givenName", "Rosa");
        browser.tap("#client-form button[type=submit]");
        WebElement error = browser.find(".field:has(#f-familyName) .field-error");
        assertThat(error.getText()).as("the problem shows beside its field").containsIgnoringCase("family name");
        assertThat(browser.find("#f-familyName").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("client-form-errors");
        browser.type("#f-familyName", family);
        browser.type("#f-mainComplaint", "Neck and shoulder pain at the end of the working day");
        browser.tap("input[name=contraindications][value=OSTEOPOROSIS]");
        browser.tap("#client-form button[type=submit]");
        return browser.find(".banner").getText();
    }

    @Test
    void aTherapistChartsSignsAndAmendsATwoPointSessionAndSeesProgress() {
        signIn();
        browser.screenshot("clients");
        String family = "Ui" + System.nanoTime() % 100000;
        String banner = newClient(family);
        assertThat(banner).as("the contraindication banner").containsIgnoringCase("osteoporosis");
        browser.screenshot("chart-empty");

        int before = browser.taps();
        long started = System.nanoTime();
        browser.tap("#new-session");
        browser.find("svg[data-view=POSTERIOR]");
        assertThat(browser.find(".banner").getText()).containsIgnoringCase("osteoporosis");
        browser.tapMap("POSTERIOR", 0.575, 0.17);
        assertThat(browser.find("#new-muscle option:checked").getText()).isEqualTo("Upper trapezius");
        assertThat(browser.present("input[name=new-side][value=RIGHT]").isSelected())
                .isTrue();
        browser.tap("#add-point");
        browser.find(".point-card");
        browser.tapMap("POSTERIOR", 0.41, 0.24);
        assertThat(browser.find("#new-muscle option:checked").getText()).isEqualTo("Infraspinatus");
        assertThat(browser.present("input[name=new-side][value=LEFT]").isSelected())
                .as("the side follows the tap: the left of the back view is the client's left")
                .isTrue();
        browser.tap("#add-point");
        browser.wait.until(d -> browser.all(".point-card").size() == 2);

        WebElement discomfort = browser.find("[data-field='points[0].episodes[0].discomfort']");
        browser.tap(discomfort);
        discomfort.sendKeys(Keys.chord(Keys.CONTROL, "a"), "6");
        WebElement flag = browser.find(".deviation-flag");
        assertThat(flag.getText()).contains("Compression was painful");
        browser.tap("[data-reason='1:PAINFUL_COMPRESSION']");
        browser.find("[data-reason='1:PAINFUL_COMPRESSION']").sendKeys("Client asked for firmer pressure");
        browser.tap("[data-field='points[0].pptBefore']");
        browser.find("[data-field='points[0].pptBefore']").sendKeys("2.5");
        browser.tap("[data-field='points[1].pptBefore']");
        browser.find("[data-field='points[1].pptBefore']").sendKeys("2.8");
        browser.tap("fieldset[data-field=painBefore] label:nth-child(7) span");
        browser.tap("fieldset[data-field=painAfter] label:nth-child(4) span");
        browser.screenshot("session");
        browser.tap("#sign");
        assertThat(browser.find("#note-status").getText()).startsWith("Signed");
        int sessionTaps = browser.taps() - before;
        Duration sessionTime = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "%nTAP COUNT: charting and signing a two-point session took %d taps (%d ms automated)%n%n",
                sessionTaps, sessionTime.toMillis());
        assertThat(sessionTaps).as("taps from New session to signed").isLessThan(25);
        assertThat(browser.find(".deviation-list").getText()).contains("Client asked for firmer pressure");
        browser.screenshot("note-signed");

        browser.type("#f-reason", "Wrong side recorded");
        browser.type("#f-text", "The infraspinatus point was on the left; corrected on the map.");
        browser.tap("#amend");
        assertThat(browser.find("#amendments").getText()).contains("Wrong side recorded");

        browser.tap(".card a.button.quiet[href^='#/clients/']");
        browser.tap("#new-session");
        browser.wait.until(d -> browser.all(".point-card").size() == 2);
        assertThat(browser.all("[data-point-toggle]"))
                .as("the client's active points are carried forward")
                .allMatch(WebElement::isSelected);
        browser.tap("fieldset[data-field=painBefore] label:nth-child(5) span");
        browser.tap("fieldset[data-field=painAfter] label:nth-child(3) span");
        browser.find(".deviations .ok");
        browser.tap("#save-draft");
        browser.wait.until(d -> d.getCurrentUrl().matches(".*/session/[0-9a-f-]{36}$"));
        browser.tap("a.button.quiet[href^='#/clients/']");
        browser.tap(".sessions a[href*='/session/']");
        browser.wait.until(d -> browser.all("[data-point-toggle]").size() == 2);
        assertThat(browser.present("fieldset[data-field=painBefore] input[value='4']")
                        .isSelected())
                .as("the saved draft opens again as it was saved")
                .isTrue();
        browser.tap("#sign");
        browser.find("#note-status");
        browser.tap(".card a.button.quiet[href^='#/clients/']");
        browser.find("#pain-chart");
        browser.wait.until(d -> (Boolean)
                browser.script("return !!window.Chart && !!Chart.getChart(document.getElementById('pain-chart'))"));
        assertThat(browser.find(".progress-grid").getText()).contains("First session 6/10, latest 4/10");
        assertThat((Boolean) browser.script("return !!Chart.getChart(document.getElementById('status-chart'))"))
                .as("status changes drawn on a timeline")
                .isTrue();
        assertThat(browser.all(".sessions li")).hasSize(2);
        browser.tap(".pin");
        assertThat(browser.find(".point-detail .zone").getText()).contains("Typical referred pain");
        browser.screenshot("chart");
    }

    @Test
    void theKeyboardAloneOpensAClientAndAPointsReferredPain() {
        Staff.signedIn(deployment, "THERAPIST");
        signIn();
        String family = "Keys" + System.nanoTime() % 100000;
        newClient(family);
        browser.tap("#new-session");
        browser.tapMap("ANTERIOR", 0.43, 0.17);
        browser.tap("#add-point");
        browser.find(".point-card");
        browser.driver.get(deployment + "#/clients");

        WebElement search = browser.find("#search");
        browser.wait.until(ExpectedConditions.attributeToBe(search, "id", "search"));
        browser.wait.until(d -> search.equals(d.switchTo().activeElement()));
        search.sendKeys(family);
        browser.wait.until(d -> browser.all("#client-rows tr").size() == 1);
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.driver.switchTo().activeElement().getText()).contains(family);
        keys.sendKeys(Keys.ENTER).perform();
        browser.find(".pin");
        for (int i = 0; i < 30 && browser.driver.switchTo().activeElement().getAttribute("data-point") == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver.switchTo().activeElement().getAttribute("aria-label"))
                .contains("Upper trapezius");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(browser.find(".point-detail h3").getText()).contains("Upper trapezius");
        assertThat(browser.find(".point-detail .zone").getText()).contains("temple");
    }

    @Test
    void atTabletWidthThePagesFitWithoutSidewaysScrolling() {
        browser.resize(768, 1024);
        signIn();
        newClient("Tablet" + System.nanoTime() % 100000);
        assertFits("chart at 768 px");
        browser.screenshot("chart-768");
        browser.tap("#new-session");
        browser.find("svg[data-view=ANTERIOR]");
        browser.tapMap("ANTERIOR", 0.36, 0.28);
        browser.tap("#add-point");
        browser.find(".point-card");
        assertFits("session at 768 px");
        List<WebElement> views = browser.all("svg.view");
        assertThat(views.get(0).getRect().getWidth())
                .as("the map is large enough to tap")
                .isGreaterThan(250);
        for (WebElement target : browser.all("button, .pain-scale span")) {
            if (target.isDisplayed()) {
                assertThat(target.getRect().getHeight())
                        .as("tap target " + target.getText())
                        .isGreaterThanOrEqualTo(40);
            }
        }
        browser.screenshot("session-768");

        browser.script("return fetch('api/session', {method: 'DELETE', headers: {'X-Knotwork-Request': '1'}})"
                + ".then(r => r.status)");
        browser.tap("#save-draft");
        assertThat(browser.find("#sign-in .notice").getText())
                .as("a call after the session ended (as after the idle time-out) goes back to sign-in, saying why")
                .contains("Your session has ended");
    }

    void assertFits(String page) {
        Number overflow = (Number)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(page).isLessThanOrEqualTo(0);
    }
}
