package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Outcome questionnaires in the browser: a client's PSFS trend on the chart with the important change marked, answers
 * recorded at intake from the chart, and the owner's share of clients reaching the important change; each checked
 * with axe-core. Skipped loudly without Chromium, as the other browser tests are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PromUiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Browser browser;

    @BeforeEach
    void chromium() {
        Assumptions.assumeTrue(Browser.available(), "BROWSER TESTS SKIPPED: no Chromium or chromedriver");
        browser = new Browser(1280, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTrendMarksTheImportantChangeAndTheOwnerSeesTheShareReachingIt() {
        Api.Reply created = Staff.create(deployment, "THERAPIST");
        String therapist = created.json().getString("username");
        Api api = new Api(deployment);
        api.signIn(therapist, Staff.PASSWORD);
        String clientId = newClient(api, "Trend", "Psfs");
        Instant first = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        record(
                api,
                clientId,
                null,
                first,
                "PSFS",
                "[{\"linkId\":\"activity-1\",\"text\":\"Reaching\",\"value\":2},"
                        + "{\"linkId\":\"activity-2\",\"text\":\"Lifting\",\"value\":3},"
                        + "{\"linkId\":\"activity-3\",\"text\":\"Driving\",\"value\":4}]");
        String note = api.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","painBefore":6,"painAfter":3,
                 "noPointsReason":"A review of the questionnaire only"}""".formatted(first.plus(9, ChronoUnit.DAYS)))
                .json()
                .getString("id");
        record(
                api,
                clientId,
                note,
                first.plus(9, ChronoUnit.DAYS),
                "PSFS",
                "[{\"linkId\":\"activity-1\",\"text\":\"Reaching\",\"value\":6},"
                        + "{\"linkId\":\"activity-2\",\"text\":\"Lifting\",\"value\":5},"
                        + "{\"linkId\":\"activity-3\",\"text\":\"Driving\",\"value\":7}]");
        assertThat(api.send(
                                "POST",
                                "api/notes/" + note + "/signature",
                                "application/json",
                                "",
                                Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(200);

        signIn(therapist);
        browser.driver.get(deployment + "#/clients/" + clientId);
        String summary = browser.find("figure[data-measure=PSFS] .prom-summary").getText();
        assertThat(summary).contains("First score 3, latest 6").contains("the clinically important change (marked");
        assertThat(browser.find("figure[data-measure=PSFS] tbody tr:last-child").getText())
                .contains("★ yes");
        browser.screenshot("proms-trend");
        assertNoViolations("#proms");

        browser.tap("#record-intake");
        browser.find("#prom-measure");
        assertThat(browser.all("#prom-measure option"))
                .extracting(o -> o.getText())
                .as("PGIC asks about change: not offered at intake")
                .doesNotContain("Patient Global Impression of Change");
        assertThat(browser.find("#prom-item-1-name").getAttribute("value"))
                .as("the activities the client named last time are offered again")
                .isEqualTo("Lifting");
        browser.type("#prom-item-0", "11");
        browser.tap("#prom-save");
        assertThat(browser.find("#proms .field-error").getText())
                .as("the server's refusal beside the rating it concerns")
                .contains("0 to 10");
        browser.type("#prom-item-0", "4");
        browser.tap("#prom-save");
        browser.wait.until(
                d -> browser.all("figure[data-measure=PSFS] tbody tr").size() == 3);
        assertThat(browser.find("figure[data-measure=PSFS] .prom-summary").getText())
                .as("the latest (4) is not 2 above the first (3)")
                .contains("latest 4")
                .contains("not the important change now; it was reached before");
        assertNoViolations("#proms");

        String owner = Staff.create(deployment, "OWNER").json().getString("username");
        browser.driver.manage().deleteAllCookies();
        signIn(owner);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        browser.driver.get(deployment + "#/outcomes");
        browser.find("#outcome-filter");
        browser.script(
                "document.querySelector('[name=from]').value = arguments[0];"
                        + "document.querySelector('[name=to]').value = arguments[1];"
                        + "document.querySelector('[name=therapist]').value = arguments[2];",
                today.minusDays(30).toString(),
                today.plusDays(2).toString(),
                created.json().getString("id"));
        browser.tap("#outcome-filter button[type=submit]");
        // The rows drawn at page load answer the default period for every therapist; the caption names the filter
        // the rows drawn answer, and is drawn with them. The row is read afresh, as the figures are drawn again.
        String filter = "From %s up to %s (not included); Therapist: Test %s"
                .formatted(today.minusDays(30), today.plusDays(2), therapist);
        String psfs = browser.wait.until(d -> {
            try {
                if (!d.findElement(By.id("questionnaire-caption")).getText().equals(filter)) {
                    return null;
                }
                return d.findElement(By.cssSelector("#questionnaire-figures tr[data-measure=PSFS]"))
                        .getText();
            } catch (NoSuchElementException | StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(psfs)
                .as("the therapist's one client: first 3, latest 4, short of the important change (+2)")
                .contains("Patient-Specific Functional Scale")
                .containsPattern("(^|\\s)0 of 1(\\s|$)");
        browser.screenshot("proms-outcomes");
        assertNoViolations("#questionnaire-figures");
    }

    /** At a session: the panel beside the session form records the client's answers against that session's note. */
    @Test
    void answersAreRecordedAtASessionFromTheSessionPage() {
        String therapist = Staff.create(deployment, "THERAPIST").json().getString("username");
        Api api = new Api(deployment);
        api.signIn(therapist, Staff.PASSWORD);
        String clientId = newClient(api, "Session", "Pgic");
        String note = api.post("api/clients/" + clientId + "/notes", """
                {"sessionAt":"%s","painBefore":5}""".formatted(
                                Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .json()
                .getString("id");

        signIn(therapist);
        browser.driver.get(deployment + "#/clients/" + clientId + "/session/" + note);
        browser.find("#session-proms #prom-measure");
        new org.openqa.selenium.support.ui.Select(browser.find("#prom-measure")).selectByValue("PGIC");
        new org.openqa.selenium.support.ui.Select(browser.find("#session-proms .prom-items select")).selectByValue("2");
        browser.tap("#prom-save");
        browser.wait.until(d ->
                browser.find("#session-proms .prom-done").getText().contains("Patient Global Impression of Change"));
        assertNoViolations("#session-proms");
        String responses =
                api.get("api/clients/" + clientId + "/questionnaire-responses").body();
        assertThat(responses).as("recorded against this session's note").contains(note);
    }

    /** A client of the signed-in therapist, named apart from every other run's. */
    private static String newClient(Api api, String givenName, String familyName) {
        return api.post("api/clients", """
                {"givenName":"%s","familyName":"%s%d","contraindications":[]}""".formatted(givenName, familyName, System.nanoTime() % 100000))
                .json()
                .getString("id");
    }

    private void signIn(String username) {
        browser.driver.get(deployment.toString());
        browser.find("#sign-in");
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", Staff.PASSWORD);
        browser.tap("#sign-in button[type=submit]");
        browser.find("#nav a");
    }

    private void assertNoViolations(String selector) {
        Results results = new AxeBuilder().include(selector).analyze(browser.driver);
        assertThat(results.getViolations())
                .as("axe-core violations in " + selector)
                .extracting(v -> v.getId() + ": " + v.getHelp())
                .isEmpty();
    }

    private static void record(Api api, String clientId, String noteId, Instant at, String measure, String answers) {
        Api.Reply recorded = api.post("api/clients/" + clientId + "/questionnaire-responses", """
                {"measure":"%s",%s"answeredAt":"%s","answers":%s}""".formatted(
                        measure, noteId == null ? "" : "\"noteId\":\"" + noteId + "\",", at, answers));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }
}
