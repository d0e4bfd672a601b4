package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Nothing typed is lost: every field round-trips, a reload mid-charting, two tabs on one draft, a discarded draft. */
final class TypedWorkJourney {

    private final Browser browser;
    private final Practice practice;

    TypedWorkJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void everyFieldRoundTripsThroughAReload() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Trip"));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.click("#add-from-list");
        new Select(browser.find("#new-muscle")).selectByVisibleText("Upper trapezius");
        browser.click("#add-point");
        browser.find(".point-card");

        browser.type("#f-complaint", "Stiff neck after a long drive");
        new Select(browser.find("#f-complaintRegion")).selectByValue("HEAD_NECK");
        pick("fieldset[data-field=painBefore] input[value='6']");
        field("points[0].pptBefore", "2.5");
        field("points[0].pptAfter", "3.1");
        pick("[data-field='points[0].statusAfter'] input[value=LATENT]");
        field("points[0].episodes[0].pressureLevel", "3");
        field("points[0].episodes[0].holdSeconds", "60");
        field("points[0].episodes[0].repetitions", "2");
        field("points[0].episodes[0].discomfort", "2");
        pick("[data-field='points[0].episodes[0].releaseReason'] input[value=HOLD_TIME_REACHED]");
        field("points[0].episodes[1].stretch", "Ear to shoulder");
        field("points[0].episodes[1].holdSeconds", "30");
        field("points[0].episodes[1].repetitions", "3");
        browser.click(browser.present("[data-field='points[0].episodes[1].breathingCoordinated']"));
        pick("[data-field='points[0].episodes[2].modality'] input[value=WHEAT_BAG]");
        field("points[0].episodes[2].minutes", "8");
        browser.click(browser.present("[data-field='points[0].episodes[2].skinChecked']"));
        pick("fieldset[data-field=painAfter] input[value='3']");
        browser.type("#f-assessment", "Less guarding after the stretch");
        browser.type("#f-plan", "Review in a week");
        browser.script(
                "const i = document.getElementById('f-nextAppointment'); i.value = arguments[0];"
                        + " i.dispatchEvent(new Event('input', {bubbles: true}));",
                java.time.LocalDate.now().plusDays(7) + "T15:30");
        // The last words are typed with the connection gone, so they are on this device only, whenever the draft
        // saved itself a moment after the earlier fields (it does 1.5 s after typing stops, and reading the form
        // back takes longer than that on a loaded machine).
        List<String> typed;
        browser.offline();
        try {
            browser.type("#f-homeNote", "Keep the screen at eye level.");
            browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Kept on this device"));
            typed = values();
            assertThat(leavingAsks())
                    .as("leaving now asks first (the browser's own prompt before a reload)")
                    .isTrue();
        } finally {
            browser.online();
        }
        browser.script("window.onbeforeunload = null; location.reload()");
        try {
            browser.driver.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException alreadyHandled) {
            // chromedriver may answer the browser's prompt itself on a reload it drives.
        }
        browser.find("#session-notice .notice");
        assertThat(values())
                .as("the form after a reload mid-charting, from the copy on this device")
                .isEqualTo(typed);
        browser.axe("session restored after a reload");

        browser.click("#save-draft");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id"))
                .as("focus stays on Save after saving")
                .isEqualTo("save-draft");
        assertThat((Long) browser.script(
                        "return Object.keys(localStorage).filter(k => k.startsWith(" + "'knotwork.draft.')).length"))
                .as("the local copy is gone once the server has the same")
                .isZero();
        assertThat(leavingAsks())
                .as("with all of it on the server, leaving does not ask")
                .isFalse();
        String url = browser.driver.getCurrentUrl();
        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
        browser.find(".sessions");
        browser.open(url, client.family());
        browser.find(".point-card input[data-field]");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        assertThat(values()).as("every field as the server gives it back").isEqualTo(typed);
    }

    void conflictKeepsBothVersionsAndDraftsAreDiscarded() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Tabs"));
        String noteId = SessionsByApi.draft(therapist.api(), client.id());
        browser.signIn(therapist.username(), Staff.PASSWORD);
        String draft = practice.deployment + "#/clients/" + client.id() + "/session/" + noteId;
        browser.open(draft, client.family());
        browser.find("#f-assessment");
        String first = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(draft, client.family());
        browser.type("#f-assessment", "Written in the second tab");
        browser.click("#save-draft");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));

        browser.driver.switchTo().window(first);
        browser.type("#f-assessment", "Written in the first tab");
        browser.find("#conflict");
        assertThat(browser.find("#conflict").getText())
                .contains("Written in the first tab")
                .contains("Written in the second tab");
        browser.axe("a draft in conflict");
        browser.screenshot("conflict");
        browser.click("#take-theirs");
        assertThat(browser.find("#f-assessment").getAttribute("value")).isEqualTo("Written in the second tab");
        assertThat(browser.find("#my-texts").getText())
                .as("this tab's text kept to copy from")
                .contains("Written in the first tab");

        browser.driver.switchTo().window(other(first));
        browser.type("#f-plan", "Plan from the second tab");
        browser.click("#save-draft");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        browser.driver.close();
        browser.driver.switchTo().window(first);
        browser.type("#f-assessment", "The first tab wins");
        browser.click("#keep-mine");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        Api.Reply saved = therapist.api().get("api/notes/" + noteId);
        assertThat(saved.json().getString("assessment")).isEqualTo("The first tab wins");

        browser.click("#discard");
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.find("#new-session");
        assertThat(therapist.api().get("api/notes/" + noteId).status())
                .as("the draft is gone")
                .isEqualTo(404);
        assertThat(browser.all(".sessions li")).isEmpty();
    }

    private String other(String handle) {
        return browser.driver.getWindowHandles().stream()
                .filter(h -> !h.equals(handle))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the page asks the browser to prompt before it goes (it cancels the beforeunload event). */
    private boolean leavingAsks() {
        return (Boolean) browser.script("const e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
    }

    private void field(String path, String value) {
        browser.type("[data-field='" + path + "']", value);
    }

    private void pick(String radio) {
        browser.click(browser.present(radio).findElement(By.xpath("..")));
    }

    /**
     * Every input of the note as it shows: texts, numbers, choices and ticks, in page order. The questionnaire panel
     * inside the form is left out: its answers are a record of their own, recorded with their own button, and it
     * offers them only once the draft is on the server, so it differs between a new session and a reopened one.
     */
    private List<String> values() {
        List<String> values = new ArrayList<>();
        browser.all("#session-form :is(input, select, textarea):not(#session-proms *)")
                .forEach(e -> {
                    String type = e.getAttribute("type");
                    boolean choice = "radio".equals(type) || "checkbox".equals(type);
                    values.add(choice ? e.getAttribute("value") + "=" + e.isSelected() : e.getAttribute("value"));
                });
        return values;
    }
}
