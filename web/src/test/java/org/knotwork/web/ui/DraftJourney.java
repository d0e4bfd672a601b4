package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A session is charted once: a new session offers the therapist's open draft of the client first, and another point
 * on a muscle and side still being treated is charted only once the therapist confirms it. The server answers each
 * question.
 */
final class DraftJourney {

    private final Browser browser;
    private final Practice practice;

    DraftJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void aNewSessionOffersTheOpenDraftFirst() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Draft"));
        String draft = SessionsByApi.draft(therapist.api(), client.id());
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());

        browser.click("#new-session");
        browser.wait.until(d -> !browser.all("#open-draft").isEmpty()
                || !browser.all("#session-form").isEmpty());
        assertThat(browser.all("#open-draft"))
                .as("+ New session beside an open draft asks first, it does not start a second draft")
                .isNotEmpty();
        assertThat(browser.find("#open-draft").getText())
                .contains("You have a draft from")
                .contains("Continue it, or start a new one?");
        browser.axe("a new session asks about the open draft");
        browser.screenshot("open-draft");

        browser.click("#continue-draft");
        browser.wait.until(d -> browser.driver.getCurrentUrl().endsWith("/session/" + draft));
        browser.find("#session-form");
        assertThat(browser.find("#f-complaint").getAttribute("value")).isEqualTo("Neck pain");
        assertThat(drafts(therapist.api(), client.id()))
                .as("still the one draft")
                .isEqualTo(1);

        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
        browser.click("#new-session");
        browser.click("#start-new");
        browser.find("#session-form");
        // Its point left untreated, so that the new session's first save needs no dosage.
        browser.click(browser.present("[data-point-toggle]").findElement(By.xpath("..")));
        browser.type("#f-assessment", "Another session, the same day");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        assertThat(drafts(therapist.api(), client.id()))
                .as("a second draft only when the therapist chose it")
                .isEqualTo(2);
    }

    void anotherPointOnAMuscleStillTreatedIsChartedOnlyOnceConfirmed() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Same"));
        SessionsByApi.point(therapist.api(), client.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.find(".point-card");

        browser.click("#add-from-list");
        new Select(browser.find("#new-muscle")).selectByVisibleText("Upper trapezius");
        browser.click("#add-point");
        browser.wait.until(d -> !browser.all("#same-muscle p").isEmpty()
                || browser.all(".point-card").size() == 2);
        assertThat(points(therapist.api(), client.id()))
                .as("nothing charted before the therapist confirms another point on the muscle")
                .isEqualTo(1);
        assertThat(browser.find("#same-muscle p").getText())
                .contains("Upper trapezius (right) already has a point (active, charted")
                .endsWith("record another point on this muscle?");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("record-another");
        browser.axe("another point on a muscle still treated asks first");
        browser.screenshot("same-muscle");

        browser.click("#record-another");
        browser.wait.until(d -> browser.all(".point-card").size() == 2);
        assertThat(points(therapist.api(), client.id())).isEqualTo(2);
    }

    private static int drafts(Api therapist, String clientId) {
        return (int) therapist
                .get("api/clients/" + clientId + "/chart")
                .json()
                .getJsonArray("recentNotes")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(n -> n.getString("status").equals("DRAFT"))
                .count();
    }

    private static int points(Api therapist, String clientId) {
        return therapist
                .get("api/clients/" + clientId + "/chart")
                .json()
                .getJsonArray("points")
                .size();
    }
}
