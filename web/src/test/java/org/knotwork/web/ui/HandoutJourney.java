package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The handout page of a signed note: the sheet in the client's usual language and print, another one chosen for
 * this sheet and kept as the client's usual, and the sheet sent by e-mail, or a plain reason when it cannot be.
 */
final class HandoutJourney {

    private final Browser browser;
    private final Practice practice;

    HandoutJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void languagePrintAndEmailFromTheHandoutPage() {
        Practice.Person therapist = practice.person("THERAPIST");
        Api api = therapist.api();
        String family = Practice.unique("Sheet");
        Api.Reply created = api.post("api/clients", """
                {"givenName":"Lena","familyName":"%s","dateOfBirth":"1980-05-04","email":"lena@example.org",
                 "consentDate":"2026-01-10","contraindications":[]}""".formatted(family));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String clientId = created.json().getString("id");
        String point = SessionsByApi.point(api, clientId, "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        String noteId = SessionsByApi.note(
                api,
                clientId,
                point,
                3,
                60,
                2,
                1,
                "\"Ear to shoulder\",\"holdSeconds\":30,\"repetitions\":3",
                "{\"kind\":\"HEAT\",\"modality\":\"WHEAT_BAG\",\"minutes\":8,\"skinChecked\":true}");
        SessionsByApi.sign(api, noteId);

        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/notes/" + noteId + "/handout", "Lena " + family);
        browser.wait.until(d -> browser.find("#handout-status").getText().startsWith("Issued"));
        assertThat(new Select(browser.find("#handout-language"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("the client's usual language, English until chosen")
                .isEqualTo("en");

        assertThat(new Select(browser.find("#handout-paper"))
                        .getOptions().stream().map(WebElement::getText).toList())
                .as("the papers as the server serves them")
                .containsExactly("A4", "US Letter");

        new Select(browser.find("#handout-language")).selectByValue("es");
        new Select(browser.find("#handout-print-size")).selectByValue("LARGE");
        browser.wait.until(d -> browser.find("#handout-status").getText().startsWith("Issued")
                && browser.find("#handout-download").getAttribute("download").contains("large"));
        browser.tap("#handout-remember");
        browser.wait.until(d -> "es"
                .equals(api.get("api/clients/" + clientId + "/handout-preferences")
                        .json()
                        .getString("language")));
        JsonObject usual =
                api.get("api/clients/" + clientId + "/handout-preferences").json();
        assertThat(usual.getString("printSize")).isEqualTo("LARGE");
        browser.axe("handout page, Spanish large print");
        browser.screenshot("handout-page-spanish-large");

        browser.tap("#handout-email");
        // The browser tests' server has no mail server listening: the page says so in plain words (HandoutIT sends
        // through a real SMTP server).
        browser.wait.until(d -> browser.find("#handout-status").getText().contains("e-mailed"));
        assertThat(browser.find("#handout-status").getText()).doesNotContain("Sent to");
        assertThat(browser.find("#handout-email").isEnabled()).isTrue();
    }
}
