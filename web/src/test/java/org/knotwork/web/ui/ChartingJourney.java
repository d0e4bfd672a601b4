package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.knotwork.web.api.Staff;

/**
 * The measured session of the user guide: from the client's name in the list to a signed note and a printed
 * handout, two new points with compression, stretch and heat each and one deviation with its reason. Taps are
 * pointer actions; what is typed (Tab included, as a soft keyboard's Next) is counted as keystrokes.
 */
final class ChartingJourney {

    static final int TAP_BUDGET = 25;

    private final Browser browser;
    private final Practice practice;

    ChartingJourney(Browser browser, Practice practice) {
        this.browser = browser;
        this.practice = practice;
    }

    void twoPointSessionSignedAndPrinted() {
        Practice.Person therapist = practice.person("THERAPIST");
        Practice.Client client = therapist.client(Practice.unique("Count"));
        browser.find("#sign-in");
        browser.axe("sign-in");
        browser.screenshot("sign-in");
        browser.signIn(therapist.username(), Staff.PASSWORD);
        browser.axe("client list");
        browser.type("#search", client.family());
        browser.wait.until(d -> browser.all("#client-rows tr").size() == 1);
        browser.screenshot("clients");

        long started = System.nanoTime();
        browser.tap("#client-rows a");
        browser.tap("#new-session");
        browser.find("svg[data-view=POSTERIOR]");
        browser.axe("new session");

        browser.tapMap("POSTERIOR", 0.575, 0.17);
        assertThat(browser.find("#new-muscle option:checked").getText()).isEqualTo("Upper trapezius");
        browser.axe("add-point panel");
        browser.screenshot("session-tap");
        browser.tap("#add-point");
        browser.wait.until(
                d -> "points[0].pptBefore".equals(d.switchTo().activeElement().getAttribute("data-field")));
        browser.keys("2.5\t\t\t4\t60\t2\t5");
        browser.tap(browser.present("[data-field='points[0].episodes[0].releaseReason'] input[value=TISSUE_RELEASED]")
                .findElement(org.openqa.selenium.By.xpath("..")));
        browser.tap("[data-field='points[0].episodes[1].holdSeconds']");
        browser.keys("30\t3");
        browser.tap(browser.present("[data-field='points[0].episodes[1].breathingCoordinated']"));
        browser.tap(browser.present("[data-field='points[0].episodes[2].modality'] input[value=HEAT_PACK]")
                .findElement(org.openqa.selenium.By.xpath("..")));
        browser.tap("[data-field='points[0].episodes[2].minutes']");
        browser.keys("8");
        browser.tap(browser.present("[data-field='points[0].episodes[2].skinChecked']"));
        assertThat(browser.find(".deviation-flag").getText()).contains("Compression was painful");

        browser.tapMap("POSTERIOR", 0.41, 0.24);
        assertThat(browser.find("#new-muscle option:checked").getText()).isEqualTo("Infraspinatus");
        browser.tap("#add-point");
        browser.wait.until(
                d -> "points[1].pptBefore".equals(d.switchTo().activeElement().getAttribute("data-field")));
        assertThat(browser.find("#point-" + pointId(1) + " .copied").getText())
                .as("the second point starts from the first one's dosage, and says so")
                .contains("Upper trapezius");
        browser.keys("2.8");
        browser.tap("[data-field='points[1].episodes[0].discomfort']");
        browser.keys("2");
        browser.tap(browser.present("[data-field='points[1].episodes[2].skinChecked']"));
        browser.tap("[data-reason='1:PAINFUL_COMPRESSION']");
        browser.keys("Client asked for firmer pressure");
        browser.tap("fieldset[data-field=painBefore] label:nth-child(7) span");
        browser.tap("fieldset[data-field=painAfter] label:nth-child(4) span");
        browser.axe("session with a deviation");
        browser.screenshot("session");
        browser.tap("#sign");
        assertThat(browser.find("#note-status").getText()).startsWith("Signed");
        browser.tap("[data-handout]");
        browser.wait.until(d -> browser.find("#handout-status").getText().startsWith("Issued"));
        browser.tap("#handout-print");
        int taps = browser.taps();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "%nTAP COUNT: client's name to signed note and printed handout: %d taps, %d keystrokes"
                        + " (%d ms automated)%n%n",
                taps, browser.keystrokes(), took.toMillis());
        assertThat(taps)
                .as("taps from the client's name to the printed handout")
                .isLessThanOrEqualTo(TAP_BUDGET);
        assertThat(browser.find("#flash").getText()).contains("print");
        assertThat((String) browser.script("return document.getElementById('handout-frame').src"))
                .startsWith("blob:");
        browser.axe("handout page");
        browser.screenshot("handout-page");

        browser.driver.navigate().back();
        assertThat(browser.find("#note-author").getText()).contains("Signed by Test " + therapist.username());
        assertThat(browser.find(".deviation-list").getText()).contains("Client asked for firmer pressure");
        browser.axe("signed note");
        browser.type("#f-reason", "Wrong side recorded");
        browser.type("#f-text", "The infraspinatus point was on the left; corrected on the map.");
        browser.click("#amend");
        assertThat(browser.find("#amendments").getText())
                .contains("Wrong side recorded")
                .contains("by Test " + therapist.username());
        browser.axe("note with an amendment");
        browser.screenshot("note");

        browser.click("a.button.quiet[href^='#/clients/']");
        browser.find(".sessions [data-handout]");
        // The charts are drawn when their section nears the view.
        browser.script("document.getElementById('progress-heading').scrollIntoView()");
        browser.wait.until(d -> (Boolean)
                browser.script("return !!window.Chart && !!Chart.getChart(document.getElementById('pain-chart'))"));
        browser.script("window.scrollTo(0, 0)");
        browser.axe("chart with a signed session");
        browser.screenshot("chart");
        browser.click(".sessions [data-handout]");
        browser.wait.until(d -> browser.find("#handout-status").getText().startsWith("Issued"));
        assertThat(browser.find("#handout-download").getAttribute("download")).endsWith(".pdf");
    }

    private String pointId(int index) {
        return browser.all(".point-card").get(index).getAttribute("id").substring("point-".length());
    }
}
