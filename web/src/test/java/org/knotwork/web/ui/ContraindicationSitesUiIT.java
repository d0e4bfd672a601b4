package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;
import org.openqa.selenium.WebElement;

/**
 * The sites of a client's recent injury, skin lesion or cancer, marked on the client's form and saved with the
 * client's version (PUT …/contraindication-sites with If-Match): kept when saved, and, when the client was changed
 * elsewhere since the form was opened, refused with the page saying so and every tick and word still on it. Skipped
 * with a banner, never passed silently, without Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContraindicationSitesUiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Browser browser;
    Api therapist;
    String username;

    @BeforeEach
    void chromium() {
        if (!Browser.available()) {
            String banner = "\n" + "!".repeat(78) + "\n!! BROWSER TESTS SKIPPED: no Chromium at " + Browser.CHROMIUM
                    + " or no chromedriver at " + Browser.DRIVER + "\n" + "!".repeat(78) + "\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        Staff.letterheadWithPhone(deployment);
        username = Staff.create(deployment, "THERAPIST").json().getString("username");
        therapist = new Api(deployment);
        assertThat(therapist.signIn(username, Staff.PASSWORD).status()).isEqualTo(200);
        browser = new Browser(1280, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("last-contraindication-sites");
            browser.close();
        }
    }

    String client(String family) {
        Api.Reply client = therapist.post("api/clients", """
                {"givenName":"Noor","familyName":"%s%d","contraindications":["RECENT_TRAUMA","SKIN_LESION","CARDIAC"]}""".formatted(family, System.nanoTime() % 100000));
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
        return client.json().getString("id");
    }

    JsonObject sites(String clientId) {
        return therapist
                .get("api/clients/" + clientId + "/contraindication-sites")
                .json()
                .getJsonObject("sites");
    }

    void openForm(String clientId) {
        browser.driver.get(deployment.toString());
        browser.signIn(username, Staff.PASSWORD);
        browser.open(deployment + "#/clients/" + clientId + "/edit", "Edit Noor");
        browser.present("#contraindication-sites");
    }

    WebElement box(String code, String region) {
        return browser.present("input[name=site-" + code + "][value=" + region + "]");
    }

    @Test
    void theSitesTickedOnTheFormAreSavedWithTheClientAndShownAgain() {
        String clientId = client("Sites");
        openForm(clientId);
        assertThat(browser.all("#contraindication-sites [data-site-for]"))
                .extracting(e -> e.getAttribute("data-site-for"))
                .as("only the contraindications that are at a site ask where")
                .containsExactlyInAnyOrder("RECENT_TRAUMA", "SKIN_LESION", "CANCER_HISTORY");
        browser.axe("the client's form with the sites");

        browser.click(box("RECENT_TRAUMA", "SHOULDER"));
        browser.click(box("SKIN_LESION", "LEG_FOOT"));
        browser.tap("#client-form button[type=submit]");
        browser.wait.until(d -> d.getCurrentUrl().matches(".*#/clients/[0-9a-f-]{36}$"));

        JsonObject saved = sites(clientId);
        assertThat(saved.getJsonArray("RECENT_TRAUMA").getString(0)).isEqualTo("SHOULDER");
        assertThat(saved.getJsonArray("SKIN_LESION").getString(0)).isEqualTo("LEG_FOOT");
        browser.open(deployment + "#/clients/" + clientId + "/edit", "Edit Noor");
        assertThat(box("RECENT_TRAUMA", "SHOULDER").isSelected()).isTrue();
        assertThat(box("SKIN_LESION", "LEG_FOOT").isSelected()).isTrue();
        assertThat(box("RECENT_TRAUMA", "LEG_FOOT").isSelected()).isFalse();
    }

    /**
     * A colleague marks the injury's site while the form is open: saving the form's older version is refused (409),
     * the page says the client was changed by someone else, and the sites ticked and the notes typed stay on the form;
     * the colleague's site is not overwritten.
     */
    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndKeepsWhatWasTicked() {
        String clientId = client("Conflict");
        openForm(clientId);
        Api.Reply colleague = therapist.put(
                "api/clients/" + clientId + "/contraindication-sites",
                "{\"sites\":{\"RECENT_TRAUMA\":[\"LEG_FOOT\"]}}",
                Map.of(
                        "If-Match",
                        therapist
                                .get("api/clients/" + clientId + "/contraindication-sites")
                                .header("ETag")));
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(200);

        browser.click(box("RECENT_TRAUMA", "ARM"));
        browser.type("#f-contraindicationNotes", "Fell off a bike on Sunday");
        browser.tap("#client-form button[type=submit]");

        WebElement said = browser.find("#client-form .errors[role=alert]");
        browser.wait.until(d -> !said.getText().isBlank());
        assertThat(said.getText()).contains("changed by someone else");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/clients/" + clientId + "/edit");
        assertThat(box("RECENT_TRAUMA", "ARM").isSelected())
                .as("the tick is kept")
                .isTrue();
        assertThat(browser.find("#f-contraindicationNotes").getAttribute("value"))
                .as("the typed notes are kept")
                .isEqualTo("Fell off a bike on Sunday");
        assertThat(sites(clientId).getJsonArray("RECENT_TRAUMA").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .as("the colleague's site is not overwritten")
                .isEqualTo(List.of("LEG_FOOT"));
        browser.axe("the client's form refusing an older version");
    }

    /**
     * The sites are saved after the client, with the version the client's save answered: a colleague's sites saved in
     * between (made to happen here by sending them just before the page's own PUT) make the page's PUT stale. It is
     * refused (409), the page says so, the ticks stay on the form, and the colleague's sites are not overwritten.
     */
    @Test
    void sitesSavedElsewhereBetweenTheClientAndItsSitesAreNotOverwritten() {
        String clientId = client("Race");
        openForm(clientId);
        browser.script("const original = window.fetch;"
                + " window.fetch = async (url, init) => {"
                + "   if (init && init.method === 'PUT' && String(url).endsWith('/contraindication-sites')) {"
                + "     window.fetch = original;"
                + "     await original(url, {...init, body: JSON.stringify({sites: {RECENT_TRAUMA: ['LEG_FOOT']}})});"
                + "   }"
                + "   return original(url, init);"
                + " };");

        browser.click(box("RECENT_TRAUMA", "CHEST"));
        browser.type("#f-contraindicationNotes", "Rib contusion");
        browser.tap("#client-form button[type=submit]");

        WebElement said = browser.find("#client-form .errors[role=alert]");
        browser.wait.until(d -> !said.getText().isBlank());
        assertThat(said.getText()).contains("changed by someone else");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/clients/" + clientId + "/edit");
        assertThat(box("RECENT_TRAUMA", "CHEST").isSelected())
                .as("the tick is kept")
                .isTrue();
        assertThat(sites(clientId).getJsonArray("RECENT_TRAUMA").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .as("the colleague's site is not overwritten")
                .isEqualTo(List.of("LEG_FOOT"));
        browser.axe("the client's form refusing sites saved on an older version");
    }
}
