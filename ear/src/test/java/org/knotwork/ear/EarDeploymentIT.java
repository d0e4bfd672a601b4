package org.knotwork.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the EAR exactly as built to the Payara Server that Cargo started, and talks to it over HTTP only: this
 * proves the packaging (modules, lib/, Hibernate as provider, Flyway migrations from the ejb jar) on a full server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarDeploymentIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Keeps the session cookie, as a browser does. */
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .cookieHandler(new CookieManager())
            .build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("knotwork.it.ear")));
    }

    @Test
    void registersReadsAndFindsAClient() throws Exception {
        // The first administrator's password is set for the server in ear/pom.xml; it must be changed at the first
        // sign-in before the administrator creates a therapist.
        signIn("admin", "ear-it-first-password");
        HttpResponse<String> changed = send(
                HttpRequest.newBuilder(api("account/password"))
                        .header("Content-Type", "application/json")
                        .PUT(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"currentPassword\":\"ear-it-first-password\",\"newPassword\":\"an ear manager's own words\"}")));
        assertEquals(200, changed.statusCode(), changed.body());
        // No handout is issued without the practice's phone (every sheet prints it): the administrator sets it first.
        HttpResponse<String> settings =
                send(HttpRequest.newBuilder(api("practice-settings")).GET());
        assertEquals(200, settings.statusCode(), settings.body());
        HttpResponse<String> letterhead = send(HttpRequest.newBuilder(api("practice-settings/letterhead"))
                .header("Content-Type", "application/json")
                .header("If-Match", settings.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"practiceName\":\"Ear Clinic\",\"contactPhone\":\"023 9200 0000\"}")));
        assertEquals(200, letterhead.statusCode(), letterhead.body());
        // The administrator makes the practice's first owner; only an owner gives the therapist's role. Everyone
        // created by someone else changes the first password at the first sign-in.
        createUser("ear-owner", "Ear Owner", "OWNER");
        signIn("ear-owner", "a long enough password");
        changePassword("a long enough password", "the owner's very own words");
        createUser("ear-therapist", "Ear Therapist", "THERAPIST");
        signIn("ear-therapist", "a long enough password");
        changePassword("a long enough password", "the therapist's very own words");

        HttpResponse<String> created = send(HttpRequest.newBuilder(api("clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"givenName\":\"Ear\",\"familyName\":\"Test\"}")));
        assertEquals(201, created.statusCode(), created.body());
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> read = send(HttpRequest.newBuilder(location).GET());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"givenName\":\"Ear\""), read.body());
        assertTrue(read.body().contains("\"familyName\":\"Test\""), read.body());

        HttpResponse<String> search =
                send(HttpRequest.newBuilder(api("clients?q=ear")).GET());
        assertEquals(200, search.statusCode(), search.body());
        String id = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        assertTrue(search.body().contains(id), search.body());

        // The chart's resource is application-scoped: its service must be injected in the EAR as well.
        HttpResponse<String> chart =
                send(HttpRequest.newBuilder(api("clients/" + id + "/chart")).GET());
        assertEquals(200, chart.statusCode(), chart.body());
        assertTrue(chart.body().contains("\"familyName\":\"Test\""), chart.body());

        // OpenPDF sits in the EAR's lib/, beside the ejb module that uses it: a draft's handout preview.
        HttpResponse<String> note = send(HttpRequest.newBuilder(api("clients/" + id + "/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"sessionAt\":\"2026-03-02T10:00:00Z\",\"complaint\":\"Neck pain\",\"points\":[]}")));
        assertEquals(201, note.statusCode(), note.body());
        URI noteLocation = URI.create(note.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> handout = http.send(
                HttpRequest.newBuilder(URI.create(noteLocation + "/handout"))
                        .timeout(TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, handout.statusCode(), new String(handout.body(), StandardCharsets.UTF_8));
        assertEquals("%PDF", new String(handout.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    private void createUser(String username, String displayName, String role) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(api("users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"displayName\":\""
                        + displayName + "\",\"password\":\"a long enough password\",\"roles\":[\"" + role + "\"]}")));
        assertEquals(201, created.statusCode(), created.body());
    }

    private void changePassword(String current, String next) throws Exception {
        HttpResponse<String> changed = send(HttpRequest.newBuilder(api("account/password"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    @Test
    void servesTheBrowserUiWithItsChartLibrary() throws Exception {
        // A skinny WAR moves libraries to the EAR's lib/, where the web container would not serve a WebJar's files.
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Knotwork"), page.body());
        HttpResponse<String> chartJs = send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("/webjars/chart.js/4.4.7/dist/chart.umd.js")));
        assertEquals(200, chartJs.statusCode());
    }

    private void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(api("session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
        assertEquals(200, signedIn.statusCode(), signedIn.body());
    }

    private URI api(String path) {
        return URI.create(base.toString()).resolve("/api/" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .header("X-Knotwork-Request", "1")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
