package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a hurried hand does: a double click sends once, a signed note opened again is the signed note, an intake left
 * half typed asks before it goes, and a paste past a field's limit is kept whole and refused in words.
 */
final class SendOnceJourney {

    private final Browser browser;
    private final Practice practice;

    SendOnceJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void doubleClicksAddOneClientOneAmendmentAndOneUser() {
        Practice.Person therapist = practice.person("THERAPIST");
        browser.signIn(therapist.username(), Staff.PASSWORD);
        String family = Practice.unique("Twice");
        browser.open(practice.deployment + "#/clients/new", "New client");
        browser.type("#f-givenName", "Rosa");
        browser.type("#f-familyName", family);
        doubleClick("#client-form button[type=submit]");
        browser.find("#flash");
        browser.wait.until(d -> d.getCurrentUrl().matches(".*#/clients/[\\w-]+$"));
        assertThat(therapist.api().get("api/clients?q=" + family).json().getInt("total"))
                .as("one client from a double click on Add client")
                .isEqualTo(1);

        Practice.Client client = therapist.client(Practice.unique("Amended"));
        String noteId = SessionsByApi.draft(therapist.api(), client.id());
        SessionsByApi.sign(therapist.api(), noteId);
        browser.open(practice.deployment + "#/notes/" + noteId, client.family());
        browser.type("#f-reason", "Side written wrongly");
        browser.type("#f-text", "The left upper trapezius, not the right.");
        doubleClick("#amend");
        browser.wait.until(d -> browser.find("#flash").getText().contains("Amendment added"));
        browser.find("#amendments");
        assertThat(therapist
                        .api()
                        .get("api/notes/" + noteId)
                        .json()
                        .getJsonArray("amendments")
                        .size())
                .as("one amendment from a double click on Add amendment")
                .isEqualTo(1);

        Practice.Person owner = practice.person("OWNER");
        browser.reset(practice.deployment);
        browser.signIn(owner.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/users", "Users");
        String username = Practice.unique("twice");
        browser.type("#u-displayName", "Sam Twice");
        browser.type("#u-username", username);
        browser.type("#u-password", Staff.PASSWORD);
        browser.click(browser.present("#user-form input[value=THERAPIST]").findElement(By.xpath("..")));
        doubleClick("#user-form button[type=submit]");
        browser.wait.until(d -> browser.find("#flash").getText().contains("User added"));
        browser.find("tr[data-user='" + username + "']");
        assertThat(browser.present("#user-form .errors").getText())
                .as("no refusal of a second, identical user")
                .isEmpty();
        assertThat(browser.all("tr[data-user='" + username + "']")).hasSize(1);
        assertThat(browser.find("tr[data-user='" + username + "'] [data-save-roles]")
                        .getAttribute("aria-label"))
                .isEqualTo("Save roles of Sam Twice");
        assertThat(browser.find("tr[data-user='" + username + "'] [data-deactivate]")
                        .getAttribute("aria-label"))
                .isEqualTo("End access of Sam Twice");
        browser.axe("users after a user was added");
        browser.screenshot("users-added-once");
    }

    void aSignedNoteOpensSignedAfterBackAndFromTheSessionsLink() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Back"));
        String noteId = SessionsByApi.draft(therapist.api(), client.id());
        browser.signIn(therapist.username(), Staff.PASSWORD);
        String session = practice.deployment + "#/clients/" + client.id() + "/session/" + noteId;
        browser.open(session, client.family());
        browser.find("#f-assessment");
        browser.click("#sign");
        browser.wait.until(d -> browser.find("#note-status").getText().startsWith("Signed"));

        browser.driver.navigate().back();
        signedNoteShown(noteId);
        browser.axe("a signed note reached with Back");
        browser.screenshot("signed-note-after-back");

        browser.open(session, client.family());
        signedNoteShown(noteId);
    }

    /**
     * The automatic save of a new session is held on its way (the page's requests to create a note wait 2 s), and Save
     * draft is pressed meanwhile: one session is created, not two (the second was left behind as a draft).
     */
    void saveDraftPressedWhileTheAutomaticSaveIsOnItsWay() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Once"));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.script("const send = window.fetch; window.fetch = (url, options) =>"
                + " options?.method === 'POST' && String(url).endsWith('/notes')"
                + " ? new Promise(wait => setTimeout(wait, 2000)).then(() => send(url, options))"
                + " : send(url, options);");
        browser.type("#f-complaint", "Stiff neck after a long drive");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saving"));
        browser.click("#save-draft");
        browser.wait.until(d -> browser.find("#flash").getText().contains("Draft saved"));

        assertThat(therapist
                        .api()
                        .get("api/clients/" + client.id() + "/chart")
                        .json()
                        .getJsonArray("recentNotes"))
                .as("one session from the automatic save and Save draft pressed while it was on its way")
                .hasSize(1);
    }

    private void signedNoteShown(String noteId) {
        browser.wait.until(d -> d.getCurrentUrl().endsWith("#/notes/" + noteId));
        browser.wait.until(d -> browser.find("#note-status").getText().startsWith("Signed"));
        browser.find("#amend-form");
        assertThat(browser.all("#session-form")).as("no draft's form").isEmpty();
        assertThat(browser.all("#sign")).as("no Sign button").isEmpty();
    }

    void aHalfTypedIntakeAsksBeforeLeavingAndALongPasteIsKeptWhole() {
        Practice.Person therapist = practice.person("THERAPIST");
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/new", "New client");
        browser.type("#f-givenName", "Half");
        assertThat(leavingAsks()).as("a reload asks first").isTrue();
        browser.click("#nav a[href='#/clients']");
        browser.wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        browser.wait.until(d -> d.getCurrentUrl().endsWith("#/clients/new"));
        assertThat(browser.find("#f-givenName").getAttribute("value")).isEqualTo("Half");

        String complaint = "Ache. ".repeat(350);
        browser.find("#f-mainComplaint").sendKeys(complaint);
        assertThat(browser.find("#f-mainComplaint").getAttribute("value"))
                .as("all 2,100 characters kept, none cut")
                .hasSize(2100);
        assertThat(browser.find("#f-mainComplaint-length").getText())
                .contains("2,100 characters")
                .contains("100 more than the 2,000");
        browser.axe("an intake past a field's length");
        browser.type("#f-familyName", Practice.unique("Long"));
        browser.click("#client-form button[type=submit]");
        browser.wait.until(d -> browser.find("#client-form").getText().contains("Main complaint is at most 2000"));
        assertThat(browser.find("#f-mainComplaint").getAttribute("value")).hasSize(2100);
        browser.axe("an intake refused for its length");
        browser.screenshot("client-form-too-long");

        browser.find("#f-mainComplaint").clear();
        browser.click("#client-form .actions a");
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.wait.until(d -> d.getCurrentUrl().endsWith("#/clients"));
    }

    /** Whether the page asks the browser to prompt before it goes (it cancels the beforeunload event). */
    private boolean leavingAsks() {
        return (Boolean) browser.script("const e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
    }

    private void doubleClick(String css) {
        var button = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        browser.script("arguments[0].scrollIntoView({block:'center'})", button);
        new Actions(browser.driver).doubleClick(button).perform();
    }
}
