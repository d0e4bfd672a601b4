package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The owner's and the administrator's screens: outcomes, users, the audit trail, the practice's settings. */
final class OwnerJourney {

    /** A 1 × 1 PNG, for the logo upload. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final Browser browser;
    private final Practice practice;

    OwnerJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    /** An owner assigns a second therapist to a client on the chart; the assignment is the server's. */
    void assignsTherapistsOnTheChart() {
        Practice.Person registering = practice.person("THERAPIST");
        Practice.Person second = practice.person("THERAPIST");
        Practice.Client client = registering.client(Practice.unique("Carers"));
        Practice.Person owner = practice.person("OWNER");
        browser.signIn(owner.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
        browser.find("#carers-form");
        assertThat(browser.find("#carers-list").getText()).contains("Test " + registering.username());
        browser.click(browser.present("#carers-form input[value='" + id(second) + "']")
                .findElement(org.openqa.selenium.By.xpath("..")));
        browser.click("#carers-form button[type=submit]");
        browser.wait.until(d -> browser.find("#carers-list").getText().contains("Test " + second.username()));
        assertThat(owner.api()
                        .get("api/clients/" + client.id() + "/therapists")
                        .json()
                        .getJsonArray("assigned")
                        .toString())
                .contains(id(second));
        browser.axe("chart with the client's therapists, as an owner");
    }

    private String id(Practice.Person person) {
        return person.api().get("api/session").json().getString("id");
    }

    void outcomesUsersAndAudit() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Audited"));
        Practice.Person owner = practice.person("OWNER");
        browser.signIn(owner.username(), Staff.PASSWORD);

        browser.script("window.__shift = 0; new PerformanceObserver(list => list.getEntries()"
                + ".forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; }))"
                + ".observe({type: 'layout-shift', buffered: true});");
        browser.click("#nav a[href='#/outcomes']");
        browser.wait.until(d -> !browser.find("#outcome-summary td").getText().equals("…"));
        LocalDate today = LocalDate.now();
        assertThat(browser.find("#o-to").getAttribute("value"))
                .as("the default period includes this month")
                .isEqualTo(today.withDayOfMonth(1).plusMonths(1).toString());
        assertThat(browser.find("#o-from").getAttribute("value"))
                .isEqualTo(today.withDayOfMonth(1).minusMonths(11).toString());
        assertThat(browser.find("#sign-out").isDisplayed())
                .as("sign-out on the outcomes page")
                .isTrue();
        browser.script("document.getElementById('trend-heading').scrollIntoView()");
        browser.wait.until(d -> (Boolean)
                browser.script("return !!window.Chart && !!Chart.getChart(document.getElementById('trend-chart'))"));
        browser.script("window.scrollTo(0, 0)");
        assertThat(((Number) browser.script("return window.__shift")).doubleValue())
                .as("the outcomes page does not move as it loads (cumulative layout shift)")
                .isLessThan(0.1);
        assertThat(browser.find("#protocol-scope").getText())
                .as("the deviations table says which deviations it counts, so an owner does not read it as all")
                .contains("painful compression, forced stretch and heat outside 5–10 minutes", "contraindications");
        browser.axe("outcomes");
        browser.screenshot("outcomes");

        browser.click("#nav a[href='#/users']");
        String username = Practice.unique("it-new-");
        browser.type("#u-displayName", "Nell Newcomer");
        browser.type("#u-username", username);
        browser.type("#u-password", "a long enough password");
        browser.click(browser.present("#user-form input[name=roles][value=THERAPIST]"));
        browser.click("#user-form button[type=submit]");
        browser.find("tr[data-user='" + username + "']");
        browser.click(browser.present("input[data-role-of='" + username + "'][value=OWNER]"));
        browser.click("button[data-save-roles='" + username + "']");
        browser.wait.until(d -> browser.present("input[data-role-of='" + username + "'][value=OWNER]")
                .isSelected());
        browser.axe("users");
        browser.screenshot("users");
        browser.click("button[data-deactivate='" + username + "']");
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.wait.until(
                d -> browser.find("tr[data-user='" + username + "']").getText().contains("No access"));

        browser.click("#nav a[href='#/audit']");
        browser.find("#audit-rows");
        new Select(browser.find("#a-actor"))
                .selectByVisibleText("Test " + owner.username() + " (" + owner.username() + ")");
        browser.script("document.getElementById('a-from').value = arguments[0]", today.toString());
        browser.click("#audit-filter button[type=submit]");
        browser.wait.until(d -> browser.find("#audit-rows").getText().contains("roles changed"));
        assertThat(browser.find("#audit-rows").getText())
                .contains("user deactivated")
                .contains("user created");
        assertThat(browser.all("#audit-csv"))
                .as("no report link before both days are chosen")
                .isEmpty();
        browser.script(
                "const to = document.getElementById('a-to'); to.value = arguments[0];"
                        + " to.dispatchEvent(new Event('change', {bubbles: true}));",
                today.toString());
        assertThat(browser.find("#audit-csv").getAttribute("href"))
                .endsWith("api/audit/report?from=" + today + "&to=" + today);
        String csv = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(document.getElementById('audit-csv').href)"
                + ".then(r => r.text().then(t => done(r.headers.get('Content-Type') + '\\n' + t)));");
        assertThat(csv).as("the period's lines as CSV").startsWith("text/csv").contains("USER_DEACTIVATED");
        browser.type("#a-client-search", client.family());
        browser.wait.until(d -> client.id().equals(browser.find("#a-client").getAttribute("value")));
        new Select(browser.find("#a-actor")).selectByIndex(0);
        browser.click("#audit-filter button[type=submit]");
        browser.wait.until(d -> browser.find("#audit-rows").getText().contains("create client"));
        browser.axe("audit trail filtered by client");
        browser.screenshot("audit");
    }

    void settingsLetterheadLogoAndSelfCare() throws Exception {
        Practice.Person admin = practice.person("ADMIN");
        JsonObject before = admin.api().get("api/practice-settings").json();
        JsonObject care =
                admin.api().get("api/muscles/UPPER_TRAPEZIUS/self-care").json();
        browser.signIn(admin.username(), Staff.PASSWORD);
        browser.click("#nav a[href='#/settings']");
        browser.find("#letterhead-form");
        browser.axe("settings");
        try {
            browser.type("#l-practiceName", "Knots Undone Clinic");
            browser.type("#l-contactPhone", "01234 567890");
            browser.type("#l-practiceContact", "1 High Street\nPhone 01234 567890");
            org.openqa.selenium.WebElement oldForm = browser.find("#letterhead-form");
            browser.click("#letterhead-form button[type=submit]");
            browser.wait.until(ExpectedConditions.stalenessOf(oldForm));
            browser.wait.until(d ->
                    "Knots Undone Clinic".equals(browser.find("#l-practiceName").getAttribute("value")));
            assertThat(admin.api().get("api/practice-settings").json().getString("practiceContact"))
                    .contains("Phone 01234 567890");
            assertThat(admin.api().get("api/practice-settings").json().getString("contactPhone"))
                    .isEqualTo("01234 567890");

            Path logo = Files.createTempFile("logo", ".png");
            Files.write(logo, Base64.getDecoder().decode(PNG));
            browser.find("#logo-file").sendKeys(logo.toAbsolutePath().toString());
            org.openqa.selenium.WebElement empty = browser.find("#logo-form");
            browser.click("#logo-form button[type=submit]");
            browser.wait.until(ExpectedConditions.stalenessOf(empty));
            browser.wait.until(
                    d -> admin.api().download("api/practice-settings/logo").statusCode() == 200);
            browser.find("#logo-form img.logo");
            browser.click("#remove-logo");
            browser.wait.until(d -> browser.all("#logo-form img.logo").isEmpty());

            new Select(browser.find("#care-muscle")).selectByValue("UPPER_TRAPEZIUS");
            browser.wait.until(d -> browser.find("#care-form h3").getText().endsWith("Upper trapezius")
                    && browser.all("[aria-busy]").isEmpty());
            browser.type("#c-often", "Twice a day, morning and evening");
            browser.click("#care-form button[type=submit]");
            browser.wait.until(d -> admin.api()
                    .get("api/muscles/UPPER_TRAPEZIUS/self-care")
                    .json()
                    .getString("frequency")
                    .equals("Twice a day, morning and evening"));
            browser.wait.until(d -> browser.find("#care-translations").getText().contains("Spanish"));
            assertThat(browser.find("#care-translations .behind").getText())
                    .as("an English correction leaves the Spanish texts behind, and the page says so")
                    .contains("behind the English");
            browser.axe("self-care texts");
            browser.click("#care-translations .behind button");
            browser.wait.until(d -> browser.all("#care-translations .behind").isEmpty());
            assertThat(admin.api()
                            .get("api/muscles/UPPER_TRAPEZIUS/self-care?language=es")
                            .json()
                            .getBoolean("behindEnglish"))
                    .isFalse();
            browser.screenshot("settings");
        } finally {
            restore(admin.api(), before, care);
        }
    }

    /**
     * An owner chooses the country whose way of writing dates the handouts follow: each choice shows its example day
     * as the server writes it; a country the server does not offer is refused beside the field.
     */
    void datesOnHandouts() {
        Practice.Person owner = practice.person("OWNER");
        browser.signIn(owner.username(), Staff.PASSWORD);
        browser.click("#nav a[href='#/settings']");
        browser.find("#dates-form");
        try {
            assertThat(new Select(browser.find("#s-date-region"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("As the sheet's language writes them — March 2, 2026, 2:30 PM");
            assertThat(browser.find("label[for=s-date-region]").getText())
                    .isEqualTo("Dates on handouts are written as in");
            browser.axe("settings, dates on handouts");

            new Select(browser.find("#s-date-region")).selectByValue("GB");
            assertThat(browser.find("#date-region-example").getText())
                    .contains("English: 2 March 2026, 14:30")
                    .contains("2 de marzo de 2026, 14:30");
            org.openqa.selenium.WebElement oldForm = browser.find("#dates-form");
            browser.click("#dates-form button[type=submit]");
            browser.wait.until(ExpectedConditions.stalenessOf(oldForm));
            browser.wait.until(d -> "GB".equals(browser.find("#s-date-region").getAttribute("value")));
            assertThat(owner.api().get("api/practice-settings").json().getString("dateRegion"))
                    .isEqualTo("GB");

            // A country the server does not offer (an old page, a hand-made request) is refused beside the field.
            browser.script("const o = document.createElement('option'); o.value = 'XX'; o.textContent = 'Elsewhere';"
                    + " document.querySelector('#s-date-region').append(o);");
            new Select(browser.find("#s-date-region")).selectByValue("XX");
            browser.click("#dates-form button[type=submit]");
            assertThat(browser.find("#s-date-region-error").getText()).contains("United Kingdom (GB)");
            assertThat(browser.find("#s-date-region").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            browser.axe("settings, a country the server does not offer");
            assertThat(owner.api().get("api/practice-settings").json().getString("dateRegion"))
                    .as("nothing saved")
                    .isEqualTo("GB");
        } finally {
            long version = owner.api().get("api/practice-settings").json().getInt("version");
            owner.api()
                    .put(
                            "api/practice-settings",
                            "{\"dateRegion\":null}",
                            java.util.Map.of("If-Match", "\"" + version + "\""));
        }
    }

    /** Other tests read the letterhead and the texts: they are put back as they were. */
    private static void restore(Api admin, JsonObject settings, JsonObject care) {
        long version = admin.get("api/practice-settings").json().getInt("version");
        admin.put(
                "api/practice-settings/letterhead",
                """
                {"practiceName":%s,"practiceContact":%s,"contactPhone":%s}""".formatted(
                        settings.get("practiceName"), settings.get("practiceContact"), settings.get("contactPhone")),
                java.util.Map.of("If-Match", "\"" + version + "\""));
        long careVersion =
                admin.get("api/muscles/UPPER_TRAPEZIUS/self-care").json().getInt("version");
        admin.put(
                "api/muscles/UPPER_TRAPEZIUS/self-care",
                """
                {"selfPressure":%s,"pressurePosition":%s,"pressureTool":%s,"gentlePressure":%s,"frequency":%s}""".formatted(
                                care.get("selfPressure"),
                                care.get("pressurePosition"),
                                care.get("pressureTool"),
                                care.get("gentlePressure"),
                                care.get("frequency")),
                java.util.Map.of("If-Match", "\"" + careVersion + "\""));
        JsonObject spanish =
                admin.get("api/muscles/UPPER_TRAPEZIUS/self-care?language=es").json();
        if (spanish.getBoolean("behindEnglish")) {
            // Confirmed against the corrected English above; its words never changed, so they fit the English again.
            admin.put(
                    "api/muscles/UPPER_TRAPEZIUS/self-care?language=es",
                    "{\"confirmTranslation\":true}",
                    java.util.Map.of("If-Match", "\"" + spanish.getInt("version") + "\""));
        }
    }
}
