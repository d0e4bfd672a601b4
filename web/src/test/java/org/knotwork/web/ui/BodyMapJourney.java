package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The body map: a point charted with its findings, corrected (muscle, side, place) and taken off the map as charted
 * in error; pins reached within 22 px (a 44 px target), a picker when several are within reach, and the list of
 * points that keyboards and screen readers use, with nothing interactive inside the drawing.
 */
final class BodyMapJourney {

    private final Browser browser;
    private final Practice practice;

    BodyMapJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void findingsCorrectionAndChartedInError() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Finds"));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.tapMap("POSTERIOR", 0.575, 0.17);
        browser.click("details.findings summary");
        finding("new-tautBand", "YES");
        finding("new-localTwitchResponse", "YES");
        finding("new-jumpSign", "NO");
        browser.type("#new-referred", "Up the side of the neck to the temple");
        browser.axe("add-point panel with findings");
        browser.click("#add-point");
        browser.find(".point-card");
        String pointId = browser.find(".point-card").getAttribute("id").substring("point-".length());
        JsonObject charted =
                therapist.api().get("api/trigger-points/" + pointId).json();
        assertThat(charted.getJsonObject("criteria").getString("tautBand")).isEqualTo("YES");
        assertThat(charted.getJsonObject("criteria").getString("localTwitchResponse"))
                .isEqualTo("YES");
        assertThat(charted.getJsonObject("criteria").getString("jumpSign")).isEqualTo("NO");
        assertThat(charted.getJsonObject("criteria").getString("spotTenderness"))
                .isEqualTo("NOT_TESTED");
        assertThat(charted.getString("referredPain")).isEqualTo("Up the side of the neck to the temple");

        browser.click("#discard");
        browser.wait
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
        // Discarding a draft the server holds is a round trip: the session page (which lists the same point) stays
        // until it is done, so wait for the chart before choosing the point on it.
        browser.wait.until(
                d -> browser.all("#session-form").isEmpty() && d.getCurrentUrl().endsWith("#/clients/" + client.id()));
        browser.click(".point-list button[data-point='" + pointId + "']");
        browser.wait.until(d -> browser.find(".point-detail").getText().contains("taut band, local twitch response"));
        browser.click("#correct-point");
        new Select(browser.find("#edit-muscle")).selectByVisibleText("Levator scapulae");
        browser.click(browser.present("[name=edit-side][value=LEFT]").findElement(By.xpath("..")));
        // The client's left is on the viewer's left of the back view: the point moves there with its side.
        browser.tapMap("#point-form", "POSTERIOR", 0.425, 0.17);
        browser.axe("point correction");
        browser.screenshot("point-correction");
        browser.click("#save-point");
        browser.wait.until(d -> browser.find(".point-list").getText().contains("Levator scapulae, left"));
        JsonObject corrected =
                therapist.api().get("api/trigger-points/" + pointId).json();
        assertThat(corrected.getString("muscle")).isEqualTo("LEVATOR_SCAPULAE");
        assertThat(corrected.getString("side")).isEqualTo("LEFT");
        assertThat(corrected.getJsonObject("criteria").getString("tautBand"))
                .as("a correction keeps the findings")
                .isEqualTo("YES");

        browser.click(".point-list button[data-point='" + pointId + "']");
        browser.click("#correct-point");
        browser.type("#error-reason", "Charted on the wrong client");
        browser.click("#mark-in-error");
        browser.wait.until(d ->
                browser.all(".point-list button[data-point='" + pointId + "']").isEmpty());
        JsonObject inError =
                therapist.api().get("api/trigger-points/" + pointId).json();
        assertThat(inError.getString("enteredInErrorReason")).isEqualTo("Charted on the wrong client");
        browser.axe("chart after a point was taken off");
    }

    void pickerAndKeyboardList() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Pins"));
        SessionsByApi.point(therapist.api(), client.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        SessionsByApi.point(therapist.api(), client.id(), "LEVATOR_SCAPULAE", "RIGHT", 0.58, 0.175);
        Practice.Client single = therapist.client(Practice.unique("Pin"));
        SessionsByApi.point(therapist.api(), single.id(), "INFRASPINATUS", "LEFT", 0.41, 0.24);
        browser.signIn(therapist.username(), Staff.PASSWORD);

        // West of Greenwich a date alone, read as midnight UTC, falls on the day before: the birth date is shown as
        // typed, whatever the browser's zone.
        browser.timeZone("America/Los_Angeles");
        try {
            browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
            assertThat(browser.find(".title-row .muted").getText()).startsWith("born 2 Mar 1979");
        } finally {
            browser.timeZone("");
        }
        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
        browser.find(".point-list");
        assertThat((Long) browser.script("return document.querySelectorAll('svg[role=img] [tabindex], "
                        + "svg[role=img] [role=button], svg[role=img] a').length"))
                .as("nothing interactive inside the drawing (axe: nested-interactive)")
                .isZero();
        browser.tapMap("POSTERIOR", 0.577, 0.172);
        List<WebElement> choices = browser.all("#point-picker [data-pick]");
        assertThat(choices).as("two pins within reach: a picker").hasSize(2);
        browser.axe("picker on the chart");
        browser.screenshot("map-picker");
        browser.click(browser.find("#point-picker").findElements(By.cssSelector("[data-pick]")).stream()
                .filter(b -> b.getText().startsWith("Levator"))
                .findFirst()
                .orElseThrow());
        assertThat(browser.find(".point-detail h3").getText()).startsWith("Levator scapulae");

        browser.open(practice.deployment + "#/clients/" + single.id(), single.family());
        browser.find(".point-list");
        WebElement svg = browser.find("svg[data-view=POSTERIOR]");
        browser.script("arguments[0].scrollIntoView({block:'center'})", svg);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(
                "const p = new DOMPoint(410, 240).matrixTransform(arguments[0].getScreenCTM()); return [p.x, p.y];",
                svg);
        new Actions(browser.driver)
                .moveToLocation(at.get(0).intValue() + 18, at.get(1).intValue() + 8)
                .click()
                .perform();
        assertThat(browser.find(".point-detail h3").getText())
                .as("a tap 20 px from the pin still reaches it")
                .startsWith("Infraspinatus");

        browser.driver.navigate().refresh();
        browser.wait.until(d -> "h1".equals(d.switchTo().activeElement().getTagName())
                && d.switchTo().activeElement().getText().contains(single.family()));
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 40 && browser.driver.switchTo().activeElement().getAttribute("data-point") == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver.switchTo().activeElement().getText()).contains("Infraspinatus");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(browser.find(".point-detail h3").getText()).contains("Infraspinatus");
        assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("h3");
    }

    private void finding(String name, String value) {
        browser.click(
                browser.present("[name=" + name + "][value=" + value + "]").findElement(By.xpath("..")));
    }
}
