package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A session is charted once: a new session offers the therapist's open draft of the client first, a follow-up
 * session is on the server from the first thing typed (incomplete as it is), and another point on a muscle and side
 * still being treated is charted only once the therapist confirms it. The server answers each question, and refuses
 * what was made elsewhere meanwhile; the page then offers it.
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

    void aFollowUpSessionIsOnTheServerBeforeEveryDiscomfortIsTyped() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Follow"));
        String point = SessionsByApi.point(therapist.api(), client.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        SessionsByApi.sign(
                therapist.api(),
                SessionsByApi.note(
                        therapist.api(),
                        client.id(),
                        point,
                        3,
                        45,
                        3,
                        1,
                        "\"Ear to shoulder\",\"holdSeconds\":25,\"repetitions\":2",
                        ""));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        assertThat(browser.present("[data-field='points[0].episodes[0].discomfort']")
                        .getAttribute("value"))
                .as("the pre-ticked point's discomfort is asked afresh")
                .isEmpty();

        browser.type("#f-complaint", "Worse after a weekend of gardening");
        browser.wait.until(d -> {
            String status = browser.find("#save-status").getText();
            return status.startsWith("Saved on the server") || status.startsWith("Kept on this device");
        });
        assertThat(browser.find("#save-status").getText())
                .as("an incomplete draft is saved on the server, not kept on this device only")
                .startsWith("Saved on the server");
        String noteId = browser.driver.getCurrentUrl().replaceAll(".*/session/", "");
        Api.Reply saved = therapist.api().get("api/notes/" + noteId);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getString("complaint")).isEqualTo("Worse after a weekend of gardening");
        jakarta.json.JsonObject compression = saved.json()
                .getJsonArray("points")
                .getJsonObject(0)
                .getJsonArray("episodes")
                .getJsonObject(0);
        assertThat(compression.getInt("pressureLevel"))
                .as("the carried dosage is on the server")
                .isEqualTo(3);
        assertThat(compression.containsKey("discomfort") && !compression.isNull("discomfort"))
                .as("no discomfort yet")
                .isFalse();
        assertThat((Long) browser.script(
                        "return Object.keys(localStorage).filter(k => k.startsWith('knotwork.draft.')).length"))
                .as("no copy left on this device once the server has it")
                .isZero();
        browser.wait.until(d -> browser.find("#preview-errors").getText().contains("before signing"));
        assertThat(browser.find("#preview-errors").getText())
                .as("what signing still needs is said while typing")
                .contains("Record the client's discomfort (0 to 10) before signing.");
        browser.axe("an incomplete follow-up session saved as a draft");

        browser.click(browser.present("fieldset[data-field=painBefore] input[value='6']")
                .findElement(By.xpath("..")));
        browser.click("#sign");
        browser.wait.until(d -> browser.find("#session-errors").getText().contains("discomfort"));
        assertThat(browser.find("#session-errors").getText())
                .contains("Compression on the upper trapezius (right): Record the client's discomfort");
        assertThat(therapist.api().get("api/notes/" + noteId).json().getString("status"))
                .as("signing still needs every value")
                .isEqualTo("DRAFT");
        browser.axe("signing refused for a missing discomfort");
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

    /**
     * A draft started elsewhere (another tab) while this page's new session was being typed: the server refuses the
     * second draft, and the page offers the other draft or to keep this one beside it, losing nothing. A point charted
     * elsewhere on the same muscle after the page asked is refused too, and the page asks the question again.
     */
    void aDraftOrAPointMadeElsewhereMeanwhileIsOfferedNotLost() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Meanwhile"));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.find("#session-form");
        String elsewhere = SessionsByApi.draft(therapist.api(), client.id());

        browser.type("#f-assessment", "Typed while another tab started a session");
        browser.wait.until(d -> !browser.all("#draft-elsewhere").isEmpty());
        assertThat(browser.find("#draft-elsewhere").getText())
                .contains("You opened a draft from")
                .contains("What you typed here is kept on this device");
        assertThat(browser.find("#save-status").getText()).startsWith("Not saved");
        assertThat(drafts(therapist.api(), client.id()))
                .as("the server did not make a second draft unasked")
                .isEqualTo(1);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("open-other-draft");
        browser.axe("a draft started elsewhere meanwhile is offered");

        browser.click("#save-beside");
        browser.wait.until(d -> browser.find("#save-status").getText().startsWith("Saved on the server"));
        assertThat(drafts(therapist.api(), client.id()))
                .as("a second draft once the therapist chose it")
                .isEqualTo(2);
        assertThat(browser.driver.getCurrentUrl()).doesNotEndWith("/session/" + elsewhere);

        // The page asked the server before the point was charted elsewhere: its question is answered "none" once.
        browser.click("#add-from-list");
        new Select(browser.find("#new-muscle")).selectByVisibleText("Levator scapulae");
        SessionsByApi.point(therapist.api(), client.id(), "LEVATOR_SCAPULAE", "RIGHT", 0.56, 0.16);
        browser.script("const real = window.fetch; let first = true; window.fetch = (url, options) => {"
                + " if (first && String(url).includes('still-treated')) { first = false;"
                + " return Promise.resolve(new Response('[]', {status: 200,"
                + " headers: {'Content-Type': 'application/json'}})); }"
                + " return real(url, options); };");
        int before = points(therapist.api(), client.id());
        browser.click("#add-point");
        browser.wait.until(d -> !browser.all("#same-muscle p").isEmpty());
        assertThat(browser.find("#same-muscle p").getText())
                .startsWith("Not added: meanwhile")
                .contains("Levator scapulae (right) got a point (active, charted")
                .endsWith("record another point on this muscle?");
        assertThat(points(therapist.api(), client.id())).isEqualTo(before);
        browser.axe("a point charted elsewhere meanwhile asks again");

        browser.click("#record-another");
        browser.wait.until(d -> points(therapist.api(), client.id()) == before + 1);
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
