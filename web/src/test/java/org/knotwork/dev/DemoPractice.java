package org.knotwork.dev;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small demo practice, entered through the REST API like any other client of it would: its people, signed in as
 * the first administrator, and its clients, signed in as a therapist. People are added when missing; clients only
 * into a database that has none yet, so a restart never duplicates them and never touches real data.
 */
public final class DemoPractice {

    /** The run command's first password for {@code admin}, passed as {@code knotwork.admin.initial-password}. */
    static final String FIRST_ADMIN_PASSWORD = "knotwork-first-start";

    /**
     * The first password must be changed at the first sign-in; the demo changes it to this one (README lists it),
     * as an administrator would at their first sign-in in the browser.
     */
    static final String ADMIN_PASSWORD = "knotwork-demo-second";

    /** The password of every demo user; README lists them. */
    static final String PASSWORD = "knotwork-demo";

    /** The first password each demo user is given; the demo changes it to {@link #PASSWORD} at their first sign-in. */
    static final String FIRST_PASSWORD = "knotwork-demo-first";

    private static final String CLIENTS = "/demo/clients.jsonl";

    /** Username, display name and roles of the demo practice's people. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {"owner", "Olivia Owner", "\"OWNER\""},
            new String[] {"therapist", "Theo Therapist", "\"THERAPIST\""},
            new String[] {"jo", "Jo Bloggs", "\"THERAPIST\""});

    private DemoPractice() {}

    /** Adds the demo people that are missing and, into an empty practice, the demo clients; returns how many. */
    static int loadIfEmpty(URI api) throws IOException, InterruptedException {
        Session therapist = people(administrator(api), null);
        if (!therapist.send("GET", "clients?archived=true&size=1", null, 200).contains("\"total\":0")) {
            return 0;
        }
        return clients(therapist);
    }

    /**
     * The demo practice added to whatever the database holds (the integration tests' shared one, which has its owners
     * already): {@code owner} signs in with {@code ownerPassword} and adds the people, since only an owner gives the
     * roles that open clients' records once the practice has one; answers how many clients were added.
     */
    public static int loadInto(URI api, String owner, String ownerPassword) throws IOException, InterruptedException {
        Session manager = Session.signIn(api, owner, ownerPassword);
        return clients(people(manager, manager));
    }

    /**
     * The demo people that are missing, and the letterhead's phone; answers the demo therapist, signed in. The demo
     * owner is made by {@code owner}, or by {@code settings} (the first administrator, who makes a practice's first
     * owner), and the others by {@code owner}, or by the demo owner; each signs in once to change the first password
     * they were given to the demo's, as every new user must.
     */
    private static Session people(Session settings, Session owner) throws IOException, InterruptedException {
        letterhead(settings);
        String existing = settings.send("GET", "users", null, 200);
        for (String[] person : PEOPLE) {
            if (!existing.contains("\"username\":\"" + person[0] + "\"")) {
                Session creator = owner != null
                        ? owner
                        : person[2].contains("OWNER") ? settings : Session.signIn(settings.api(), "owner", PASSWORD);
                creator.send("POST", "users", """
                        {"username":"%s","displayName":"%s","password":"%s","roles":[%s]}""".formatted(person[0], person[1], FIRST_PASSWORD, person[2]), 201);
                Session.signIn(settings.api(), person[0], FIRST_PASSWORD)
                        .send("PUT", "account/password", """
                        {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_PASSWORD, PASSWORD), 200);
            }
        }
        return Session.signIn(settings.api(), "therapist", PASSWORD);
    }

    private static int clients(Session therapist) throws IOException, InterruptedException {
        List<String> clients = clients();
        String first = null;
        for (String client : clients) {
            String created = therapist.send("POST", "clients", client, 201);
            first = first == null ? idOf(created) : first;
        }
        DemoSessions.chart(therapist::send, first);
        return clients.size();
    }

    /** The demo practice's letterhead with its phone, which every handout prints; set once, when missing. */
    private static void letterhead(Session admin) throws IOException, InterruptedException {
        JsonObject settings = read(admin.send("GET", "practice-settings", null, 200));
        if (settings.containsKey("contactPhone") && !settings.isNull("contactPhone")) {
            return;
        }
        admin.send("PUT", "practice-settings/letterhead", """
                {"practiceName":"Harbour Street Myotherapy","practiceContact":"12 Harbour Street, Portsmouth PO1 2AB",
                 "contactPhone":"023 9200 0000"}""", 200, "\"" + settings.getInt("version") + "\"");
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Signed in as admin, with the demo's password; on the first start, after changing the first one to it. */
    private static Session administrator(URI api) throws IOException, InterruptedException {
        Session admin = Session.tryToSignIn(api, "admin", ADMIN_PASSWORD);
        if (admin != null) {
            return admin;
        }
        admin = Session.signIn(api, "admin", FIRST_ADMIN_PASSWORD);
        admin.send("PUT", "account/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(FIRST_ADMIN_PASSWORD, ADMIN_PASSWORD), 200);
        return admin;
    }

    private static String idOf(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().getString("id");
        }
    }

    private static List<String> clients() throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(DemoPractice.class.getResourceAsStream(CLIENTS), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** One signed-in user's conversation with the API; the session cookie is kept like a browser keeps it. */
    private record Session(URI api, HttpClient http) {

        static Session signIn(URI api, String username, String password) throws IOException, InterruptedException {
            Session session = new Session(
                    api,
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            session.send(
                    "POST", "session", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), 200);
            return session;
        }

        /** Signed in, or null when the password is not (or no longer) the right one. */
        static Session tryToSignIn(URI api, String username, String password) throws IOException, InterruptedException {
            Session session = new Session(
                    api,
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            HttpResponse<String> response = session.http.send(
                    HttpRequest.newBuilder(api.resolve("session"))
                            .header("Content-Type", "application/json")
                            .header("X-Knotwork-Request", "1")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? session : null;
        }

        String send(String method, String path, String json, int expectedStatus)
                throws IOException, InterruptedException {
            return send(method, path, json, expectedStatus, null);
        }

        String send(String method, String path, String json, int expectedStatus, String ifMatch)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                    .header("Accept", "application/json")
                    .header("X-Knotwork-Request", "1");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("The demo practice could not be loaded: " + method + " " + path
                        + " answered " + response.statusCode() + " " + response.body());
            }
            return response.body();
        }
    }
}
