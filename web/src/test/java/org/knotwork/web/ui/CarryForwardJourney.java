package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.knotwork.web.api.Staff;
import org.openqa.selenium.support.ui.Select;

/**
 * A point starts from this client's last signed session on it, marked as copied, and never from another client's;
 * a client with impaired sensation gets a form with heat off and the reason said, under a banner that stays in view.
 */
final class CarryForwardJourney {

    private final Browser browser;
    private final Practice practice;

    CarryForwardJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void carriedFromThisClientOnlyWithHeatOffForImpairedSensation() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client other = therapist.client(Practice.unique("Other"));
        String otherPoint = SessionsByApi.point(therapist.api(), other.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        String otherNote = SessionsByApi.note(
                therapist.api(),
                other.id(),
                otherPoint,
                7,
                90,
                5,
                2,
                "\"Chin tuck\",\"holdSeconds\":50,\"repetitions\":5",
                "{\"kind\":\"HEAT\",\"modality\":\"HOT_WATER_BOTTLE\",\"minutes\":9,\"skinChecked\":true}");
        SessionsByApi.sign(therapist.api(), otherNote);
        Practice.Client client = therapist.client(Practice.unique("Carry"), "IMPAIRED_SENSATION");
        String point = SessionsByApi.point(therapist.api(), client.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        String last = SessionsByApi.note(
                therapist.api(),
                client.id(),
                point,
                3,
                45,
                3,
                1,
                "\"Ear to shoulder\",\"holdSeconds\":25,\"repetitions\":2",
                "");
        SessionsByApi.sign(therapist.api(), last);

        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.find(".point-card .copied");
        assertThat(browser.find(".point-card .copied").getText()).contains("this client's session of");
        assertThat(value("points[0].episodes[0].pressureLevel")).isEqualTo("3");
        assertThat(value("points[0].episodes[0].holdSeconds")).isEqualTo("45");
        assertThat(value("points[0].episodes[0].repetitions")).isEqualTo("3");
        assertThat(value("points[0].episodes[0].discomfort"))
                .as("the client's discomfort is asked afresh, never copied")
                .isEmpty();
        assertThat(value("points[0].episodes[1].holdSeconds")).isEqualTo("25");
        assertThat(browser.find("[data-heat-off]").getText()).containsIgnoringCase("impaired sensation");
        assertThat(browser.present("[data-field='points[0].heatDone']").isSelected())
                .as("heat starts off for a client with impaired sensation")
                .isFalse();
        assertThat((Long) browser.script(
                        "return Object.keys(localStorage).filter(k => k.startsWith('knotwork.defaults')).length"))
                .as("no dosage remembered across clients")
                .isZero();
        browser.axe("session carried forward, heat off");

        browser.click("#add-from-list");
        new Select(browser.find("#new-muscle")).selectByVisibleText("Levator scapulae");
        browser.click("#add-point");
        browser.wait.until(d -> browser.all(".point-card").size() == 2);
        assertThat(value("points[1].episodes[0].pressureLevel"))
                .as("a new point copies the point above it for this client, not the other client's 7/10")
                .isEqualTo("3");
        assertThat(browser.present("[data-field='points[1].heatDone']").isSelected())
                .isFalse();

        browser.script("window.scrollTo(0, document.body.scrollHeight)");
        assertThat((Boolean) browser.script("const r = document.getElementById('precautions').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;"))
                .as("the precautions banner stays in view while charting")
                .isTrue();
        browser.screenshot("session-precautions");
    }

    private String value(String path) {
        return browser.present("[data-field='" + path + "']").getAttribute("value");
    }
}
