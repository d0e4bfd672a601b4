package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle time-out with the test deployment's one minute (arquillian.xml): the warning comes before the end, "Stay
 * signed in" restarts the clock, and after the end the form typed comes back once the therapist signs in again.
 */
final class IdleJourney {

    private final Browser browser;
    private final Practice practice;

    IdleJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void warnedStayedThenSignedOutAndRestored() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Idle"));
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/clients/" + client.id() + "/session", client.family());
        browser.click("#add-from-list");
        new Select(browser.find("#new-muscle")).selectByVisibleText("Upper trapezius");
        browser.click("#add-point");
        browser.find(".point-card");
        browser.type("#f-complaint", "Typed before the warning");
        WebDriverWait minute = new WebDriverWait(browser.driver, Duration.ofSeconds(75));

        minute.until(d -> browser.all("#idle-warning[open]").size() == 1);
        assertThat(browser.find("#idle-warning").getText()).contains("signed out in");
        browser.axe("idle warning");
        browser.screenshot("idle-warning");
        browser.click("#stay-signed-in");
        browser.wait.until(d -> browser.all("#idle-warning").isEmpty());
        browser.type("#f-plan", "Typed after staying signed in");

        minute.until(d -> browser.all("#idle-warning[open]").size() == 1);
        minute.until(d -> browser.all("#sign-in").size() == 1);
        assertThat(browser.find("#sign-in .notice").getText()).contains("signed out after");
        assertThat((Long) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch('api/session').then(r => done(r.status));"))
                .as("the server ended the session too")
                .isEqualTo(401L);
        browser.axe("signed out by the idle time-out");
        browser.type("input[name=username]", therapist.username());
        browser.type("input[name=password]", Staff.PASSWORD);
        browser.click("#sign-in button[type=submit]");
        assertThat(browser.find("#f-complaint").getAttribute("value")).isEqualTo("Typed before the warning");
        assertThat(browser.find("#f-plan").getAttribute("value")).isEqualTo("Typed after staying signed in");
        browser.find("#session-notice .notice");
    }
}
