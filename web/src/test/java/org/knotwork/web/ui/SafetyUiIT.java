package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The session page shows exactly the deviations the server finds, while the therapist types: the same keys, titles
 * and explanations the server stores when the draft is saved, for a client whose contraindications bring in the
 * safety rules. Skipped with a banner, never passed silently, without Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafetyUiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Browser browser;
    Api therapist;
    String username;

    @BeforeEach
    void chromium() {
        if (!Browser.available()) {
            String banner = "\n" + "!".repeat(78) + "\n!! BROWSER TESTS SKIPPED: no Chromium at " + Browser.CHROMIUM
                    + " or no chromedriver at " + Browser.DRIVER + "\n" + "!".repeat(78) + "\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        Staff.letterheadWithPhone(deployment);
        username = Staff.create(deployment, "THERAPIST").json().getString("username");
        therapist = new Api(deployment);
        assertThat(therapist.signIn(username, Staff.PASSWORD).status()).isEqualTo(200);
        browser = new Browser(1280, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("last-safety");
            browser.close();
        }
    }

    String point(String clientId, String muscle, String view, double x, double y) {
        Api.Reply point =
                therapist.post("api/clients/" + clientId + "/trigger-points", """
                {"muscle":"%s","side":"RIGHT","view":"%s","x":%s,"y":%s,"status":"ACTIVE","besideStillTreated":true}""".formatted(muscle, view, x, y));
        assertThat(point.status()).as(point.toString()).isEqualTo(201);
        return point.json().getString("id");
    }

    void typeInto(String field, String value) {
        WebElement input = browser.find("[data-field='" + field + "']");
        browser.tap(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** The deviations on the screen, by key: title and explanation as shown. */
    @SuppressWarnings("unchecked")
    Map<String, String> shown() {
        // Read in one script: the list is redrawn when the server's answer changes, so no element is held across it.
        List<List<String>> items = (List<List<String>>)
                browser.script("return [...document.querySelectorAll('.deviation-list li.deviation')]"
                        + ".map(li => [li.dataset.deviation, li.querySelector('p').innerText])");
        Map<String, String> shown = new TreeMap<>();
        items.forEach(item -> shown.put(item.get(0), item.get(1)));
        return shown;
    }

    static Map<String, String> stored(JsonObject note, Map<String, String> names) {
        Map<String, String> stored = new TreeMap<>();
        for (JsonValue value : note.getJsonArray("deviations")) {
            JsonObject d = value.asJsonObject();
            String point = d.get("triggerPointId") == null || d.isNull("triggerPointId")
                    ? ""
                    : " — " + names.get(d.getString("triggerPointId")) + " (right)";
            // The page shows the title and place once: an explanation that opens with them is shown after them.
            String title = d.getString("title");
            String explanation = d.getString("explanation");
            String shown =
                    explanation.startsWith(title) ? explanation.substring(explanation.indexOf(": ") + 2) : explanation;
            stored.put(d.getString("key"), title + point + ": " + shown);
        }
        return stored;
    }

    @Test
    void theSessionPageShowsExactlyTheServersDeviationsAsTheTherapistTypes() {
        Api.Reply client = therapist.post("api/clients", """
                {"givenName":"Maya","familyName":"Safety%d","contraindications":["DVT_HISTORY","PREGNANCY"]}""".formatted(System.nanoTime() % 100000));
        String clientId = client.json().getString("id");
        String calf = point(clientId, "GASTROCNEMIUS", "POSTERIOR", 0.535, 0.765);
        String belly = point(clientId, "RECTUS_ABDOMINIS", "ANTERIOR", 0.48, 0.38);

        browser.driver.get(deployment.toString());
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", Staff.PASSWORD);
        browser.tap("#sign-in button[type=submit]");
        browser.find("#search");
        browser.driver.get(deployment + "#/clients/" + clientId + "/session");
        browser.wait.until(d -> browser.all(".point-card").size() == 2);
        // Points new to the client start empty: the dose is typed, as a therapist would.
        typeInto("points[0].episodes[0].pressureLevel", "4");
        typeInto("points[0].episodes[0].holdSeconds", "60");
        typeInto("points[0].episodes[0].repetitions", "2");
        typeInto("points[0].episodes[0].discomfort", "6");
        typeInto("points[0].episodes[1].stretch", "Wall calf stretch");
        typeInto("points[0].episodes[1].holdSeconds", "30");
        typeInto("points[0].episodes[1].repetitions", "3");
        browser.tap(browser.present("[data-field='points[0].episodes[2].modality'] input[value=HEAT_PACK]")
                .findElement(org.openqa.selenium.By.xpath("..")));
        typeInto("points[0].episodes[2].minutes", "8");
        browser.tap(browser.present("[data-field='points[0].episodes[2].skinChecked']"));
        typeInto("points[1].episodes[0].pressureLevel", "4");
        typeInto("points[1].episodes[0].holdSeconds", "600");
        typeInto("points[1].episodes[0].repetitions", "2");
        typeInto("points[1].episodes[0].discomfort", "1");
        typeInto("points[1].episodes[1].stretch", "Standing back arch");
        typeInto("points[1].episodes[1].holdSeconds", "30");
        typeInto("points[1].episodes[1].repetitions", "3");
        browser.tap(".point-card:nth-of-type(2) details.point-care summary");
        new Select(browser.find("[data-field='points[1].position']")).selectByValue("PRONE");
        try {
            browser.wait.until(d -> shown().keySet()
                    .containsAll(List.of(
                            "1:PAINFUL_COMPRESSION", "4:COMPRESSION_DOSE_TOO_HIGH", "4:FACE_DOWN_IN_PREGNANCY")));
        } catch (org.openqa.selenium.TimeoutException late) {
            browser.screenshot("session-safety-late");
            throw new AssertionError(
                    "Shown: " + shown() + "; the panel says: "
                            + browser.find(".deviations").getText(),
                    late);
        }
        Map<String, String> typed = shown();
        assertThat(browser.find("[data-clearance=DVT_HISTORY] legend").getText())
                .isEqualTo("History of deep vein thrombosis");
        browser.screenshot("session-safety-deviations");

        Results axe =
                new AxeBuilder().include(".deviations").include(".point-care").analyze(browser.driver);
        assertThat(axe.getViolations())
                .as("accessibility of the deviations and the point's care")
                .isEmpty();

        browser.tap("#save-draft");
        browser.wait.until(d -> d.getCurrentUrl().matches(".*/session/[0-9a-f-]{36}$"));
        String noteId = browser.driver.getCurrentUrl().replaceAll(".*/session/", "");
        JsonObject note = therapist.get("api/notes/" + noteId).json();

        assertThat(typed)
                .as("what the page showed while typing is what the server stored for the same input")
                .isEqualTo(stored(note, Map.of(calf, "Gastrocnemius", belly, "Rectus abdominis")));
        assertThat(typed.keySet())
                .containsExactly(
                        "1:LEG_COMPRESSION_AFTER_DVT",
                        "1:PAINFUL_COMPRESSION",
                        "4:COMPRESSION_AT_PREGNANCY_SITE",
                        "4:COMPRESSION_DOSE_TOO_HIGH",
                        "4:FACE_DOWN_IN_PREGNANCY");
        assertThat(note.getJsonArray("points").getJsonObject(1).getString("position"))
                .isEqualTo("PRONE");
        browser.wait.until(d -> shown().equals(typed));
    }

    void setDate(String id, String value) {
        browser.script(
                "const i = document.getElementById(arguments[0]); i.value = arguments[1];"
                        + " i.dispatchEvent(new Event('input', {bubbles: true}));",
                id,
                value);
    }

    /**
     * Intake records when the injury happened: a date in the future is refused beside the field, in the server's
     * words; one more than 72 hours ago is kept, and the chart shows it as an old trauma, not as a warning.
     */
    @Test
    void theIntakeFormDatesTheInjuryAndTheChartShowsAnOldOneAsOld() {
        String family = "Injured" + System.nanoTime() % 100000;
        browser.driver.get(deployment.toString());
        browser.signIn(username, Staff.PASSWORD);
        browser.driver.get(deployment + "#/clients/new");
        browser.type("#f-givenName", "Ines");
        browser.type("#f-familyName", family);
        browser.click(browser.present("input[name=contraindications][value=RECENT_TRAUMA]"));
        assertThat(browser.find("#injury-hint").getText()).contains("first 72 hours");
        setDate("f-injuryDate", java.time.LocalDate.now().plusDays(3).toString());
        browser.tap("#client-form button[type=submit]");

        WebElement refused = browser.find("#f-injuryDate-error");
        assertThat(refused.getText()).isEqualTo("Injury date cannot be in the future.");
        assertThat(browser.find("#f-injuryDate").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#f-givenName").getAttribute("value"))
                .as("typed work kept")
                .isEqualTo("Ines");
        browser.axe("the intake form with a refused injury date");

        String tenDaysAgo = java.time.LocalDate.now().minusDays(10).toString();
        setDate("f-injuryDate", tenDaysAgo);
        setDate("f-injuryTime", "07:45");
        browser.tap("#client-form button[type=submit]");
        browser.wait.until(d -> d.getCurrentUrl().matches(".*#/clients/[0-9a-f-]{36}$"));
        String clientId = browser.driver.getCurrentUrl().replaceAll(".*#/clients/", "");

        assertThat(browser.find("#old-trauma").getText())
                .startsWith("Old trauma (")
                .endsWith(": no longer flagged");
        assertThat(browser.all("aside#precautions"))
                .as("an old trauma alone is no warning banner")
                .isEmpty();
        JsonObject stored = therapist.get("api/clients/" + clientId).json();
        assertThat(stored.getString("injuryDate")).isEqualTo(tenDaysAgo);
        assertThat(stored.getString("injuryTime")).isEqualTo("07:45");
        assertThat(stored.getJsonArray("contraindications").getJsonObject(0).getBoolean("active"))
                .isFalse();
        browser.axe("the chart of a client with an old trauma");
    }

    /**
     * First start: the practice has no phone, so no sheet can be given; an owner signing in is taken to the letterhead
     * to set it, and once it is set the sheet's safety box has a number to call.
     */
    @Test
    void anOwnerSigningInWithoutThePracticesPhoneIsAskedForIt() throws Exception {
        String owner = Staff.create(deployment, "OWNER").json().getString("username");
        phone(null);
        try {
            browser.driver.get(deployment.toString());
            browser.type("input[name=username]", owner);
            browser.type("input[name=password]", Staff.PASSWORD);
            browser.tap("#sign-in button[type=submit]");
            browser.wait.until(d -> d.getCurrentUrl().endsWith("#/settings"));
            assertThat(browser.find("#flash").getText()).contains("contact phone");
            assertThat(browser.find("#no-phone").getText()).contains("cannot be issued");
            browser.type("#l-contactPhone", Staff.PRACTICE_PHONE);
            browser.tap("#letterhead-form button[type=submit]");
            browser.wait.until(d -> browser.all("#no-phone").isEmpty()
                    && browser.all("#letterhead-form").size() == 1);
            assertThat(therapist.get("api/practice-settings").json().getString("contactPhone"))
                    .isEqualTo(Staff.PRACTICE_PHONE);
            Results axe = new AxeBuilder().analyze(browser.driver);
            assertThat(axe.getViolations())
                    .as("accessibility of the settings page")
                    .isEmpty();
        } finally {
            Staff.letterheadWithPhone(deployment);
        }
    }

    /** The practice's phone set straight in the database: the API refuses to take it away, as it should. */
    static void phone(String phone) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
                PreparedStatement update = db.prepareStatement("update practice_settings set contact_phone = ?")) {
            update.setString(1, phone);
            update.executeUpdate();
        }
    }
}
