package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.knotwork.web.api.Staff;
import org.openqa.selenium.WebElement;

/**
 * A phone (390 px) and a tablet (768 px): nothing scrolls sideways, the pain scale's buttons are at least 44 px, and
 * keyboard focus moves to each new page's heading. The session form reports every problem at once.
 */
final class LayoutJourney {

    private final Browser browser;
    private final Practice practice;

    LayoutJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void phoneAndTablet() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Phone"), "OSTEOPOROSIS");
        SessionsByApi.point(therapist.api(), client.id(), "UPPER_TRAPEZIUS", "RIGHT", 0.575, 0.17);
        browser.phone();
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.fits("client list on a phone");
        browser.axe("client list on a phone");
        browser.screenshot("phone-clients");
        browser.type("#search", client.family());
        browser.wait.until(d -> browser.all("#client-rows tr").size() == 1);
        browser.click("#client-rows a");
        browser.wait.until(d -> "h1".equals(d.switchTo().activeElement().getTagName())
                && d.switchTo().activeElement().getText().contains(client.family()));
        browser.fits("chart on a phone");
        browser.axe("chart on a phone");
        browser.screenshot("phone-chart");
        browser.click("#new-session");
        browser.find(".point-card input[data-field]");
        browser.fits("session on a phone");
        for (WebElement pain : browser.all(".pain-scale span")) {
            assertThat(pain.getRect().getWidth()).as("pain button width").isGreaterThanOrEqualTo(44);
            assertThat(pain.getRect().getHeight()).as("pain button height").isGreaterThanOrEqualTo(44);
        }
        browser.axe("session on a phone");
        browser.screenshot("phone-session");

        browser.click("#sign");
        browser.wait.until(d -> browser.all(".field-error").size() >= 3);
        assertThat(browser.find("#session-errors").getText()).isNotBlank();
        browser.axe("session with every problem shown");

        browser.resize(768, 1024);
        browser.open(practice.deployment + "#/clients/" + client.id(), client.family());
        browser.find(".point-list");
        browser.fits("chart at 768 px");
        browser.screenshot("chart-768");
        browser.click("#new-session");
        browser.find(".point-card input[data-field]");
        browser.fits("session at 768 px");
        assertThat(browser.all("svg.view").get(0).getRect().getWidth())
                .as("the map is large enough to tap")
                .isGreaterThan(250);
        for (WebElement target : browser.all("button, .pain-scale span, .segmented label")) {
            if (target.isDisplayed()) {
                assertThat(target.getRect().getHeight())
                        .as("tap target " + target.getText())
                        .isGreaterThanOrEqualTo(44);
            }
        }
        browser.screenshot("session-768");
        browser.click("#discard");
        browser.wait
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
        browser.find("#new-session");

        browser.phone();
        browser.click("#sign-out");
        browser.signIn(practice.person("OWNER").username(), Staff.PASSWORD);
        browser.open(practice.deployment + "#/outcomes", "Practice outcomes");
        browser.wait.until(d -> !browser.find("#outcome-summary td").getText().equals("…"));
        browser.fits("outcomes on a phone");
        browser.axe("outcomes on a phone");
        browser.screenshot("phone-outcomes");
    }
}
