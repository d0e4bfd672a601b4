package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on a real Payara Micro against a real PostgreSQL: one deployment, exercised from outside as any
 * integration would use it. Each test makes its own clients, with names no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientApiIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = Staff.signedIn(deployment, "THERAPIST");
    }

    static String client(String given, String family) {
        return """
                {"givenName":"%s","familyName":"%s","dateOfBirth":"1980-05-01","phone":"+61 400 123 456",
                 "email":"someone@example.org","mainComplaint":"Neck pain","consentDate":"2026-01-10",
                 "contraindications":["ANTICOAGULANTS","PREGNANCY"],"contraindicationNotes":"Warfarin"}""".formatted(given, family);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void clientIsCreatedReadUpdatedAndArchived() {
        String family = unique("Lifecycle");
        Api.Reply created = api.post("api/clients", client("Ada", family));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().getString("id");
        assertThat(created.header("Location")).endsWith("/api/clients/" + id);

        JsonObject read = api.get("api/clients/" + id).json();
        assertThat(read.getString("familyName")).isEqualTo(family);
        assertThat(read.getJsonArray("contraindications").getJsonObject(0).getString("code"))
                .isEqualTo("ANTICOAGULANTS");

        Api.Reply updated = api.put("api/clients/" + id, client("Ada", family + "King"), Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getInt("version")).isEqualTo(1);

        Api.Reply archived = api.post("api/clients/" + id + "/archive", null);
        assertThat(archived.json().getBoolean("archived")).isTrue();
        assertThat(api.get("api/clients?q=" + family).json().getInt("total")).isZero();
        assertThat(api.get("api/clients?archived=true&q=" + family).json().getInt("total"))
                .isEqualTo(1);
        assertThat(api.get("api/clients/" + id).json().getString("familyName")).isEqualTo(family + "King");
    }

    /**
     * When the injury happened is kept by a save that leaves it out, and goes with the trauma when the trauma is
     * removed (a kept date would otherwise refuse a save for a field the caller never sent); a future date is a 400
     * naming the field.
     */
    @Test
    void theInjuryDateIsKeptByASaveThatLeavesItOutAndGoesWithTheTrauma() {
        String id =
                api.post("api/clients", """
                {"givenName":"Ines","familyName":"%s","contraindications":["RECENT_TRAUMA"],
                 "injuryDate":"2026-01-10","injuryTime":"07:45"}""".formatted(unique("Injury"))).json().getString("id");

        JsonObject kept = api.put(
                        "api/clients/" + id, "{\"mainComplaint\":\"Sore wrist\"}", Map.of("If-Match", "\"0\""))
                .json();
        assertThat(kept.getString("injuryDate")).isEqualTo("2026-01-10");
        assertThat(kept.getString("injuryTime")).isEqualTo("07:45");
        assertThat(kept.getJsonArray("contraindications").getJsonObject(0).getBoolean("active"))
                .isFalse();

        Api.Reply future = api.put(
                "api/clients/" + id,
                "{\"injuryDate\":\"" + java.time.LocalDate.now().plusDays(2) + "\"}",
                Map.of("If-Match", "\"1\""));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("injuryDate");

        JsonObject healed = api.put(
                        "api/clients/" + id, "{\"contraindications\":[\"CARDIAC\"]}", Map.of("If-Match", "\"1\""))
                .json();
        assertThat(healed.getJsonArray("contraindications")).hasSize(1);
        assertThat(healed.keySet())
                .as("an empty field is left out of the answer")
                .doesNotContain("injuryDate", "injuryTime");
    }

    @Test
    void staleUpdateIsRefusedWithConflictAndKeepsTheNewerChange() {
        String family = unique("Stale");
        String id = api.post("api/clients", client("Bo", family)).json().getString("id");
        api.put("api/clients/" + id, client("Bo", family + "First"), Map.of("If-Match", "\"0\""));

        Api.Reply stale = api.put("api/clients/" + id, client("Bo", family + "Second"), Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        assertThat(api.get("api/clients/" + id).json().getString("familyName")).isEqualTo(family + "First");

        String withBodyVersion = client("Bo", family + "Third").replace("{", "{\"version\":0,");
        assertThat(api.put("api/clients/" + id, withBodyVersion, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void badInputIsAnsweredWith400AndWritesNothing() throws SQLException {
        long before = clientRows();
        String tooLong = "x".repeat(10_000);
        String future = LocalDate.now().plusDays(2).toString();

        Api.Reply invalid = api.post("api/clients", """
                {"givenName":"","familyName":"%s","dateOfBirth":"%s","email":"not-an-email",
                 "contraindications":["ANTICOAGULANTS","VOODOO"]}""".formatted(tooLong, future));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field"))
                        .toList())
                .containsExactly("contraindications[1]", "dateOfBirth", "email", "familyName", "givenName");

        for (String body : new String[] {
            "{\"givenName\":\"Ada\",", // malformed JSON
            "{\"givenName\":\"Ada\",\"familyName\":\"L\",\"dateOfBirth\":12}", // wrong type
            "{\"givenName\":\"Ada\",\"familyName\":\"L\",\"dateOfBirth\":\"1990-02-31\"}", // no such date
            "{\"givenName\":\"Ada\",\"familyName\":\"L\",\"dateOfBirth\":\"1850-01-01\"}", // before 1900
            "[1,2,3]",
            "null",
            ""
        }) {
            Api.Reply reply = api.post("api/clients", body);
            assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
            assertThat(reply.json().getString("detail")).isNotBlank();
        }
        assertThat(api.send("POST", "api/clients", "text/plain", "Ada").status())
                .isEqualTo(415);
        assertThat(api.get("api/clients?size=1000").status()).isEqualTo(400);
        assertThat(api.get("api/clients?page=-1").status()).isEqualTo(400);
        assertThat(api.get("api/clients?page=first").status()).isEqualTo(400);

        assertThat(clientRows()).isEqualTo(before);
    }

    @Test
    void unknownClientsAreNotFound() {
        Api.Reply unknown = api.get("api/clients/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).startsWith("There is no client with id");
        assertThat(api.get("api/clients/not-a-uuid").status()).isEqualTo(404);
        assertThat(api.put("api/clients/" + UUID.randomUUID(), client("A", "B"), Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void searchMatchesTheStartOfEitherNameAndPages() {
        String family = unique("Pager");
        for (String given : new String[] {"Cleo", "Dora", "Emil"}) {
            assertThat(api.post("api/clients", client(given, family)).status()).isEqualTo(201);
        }

        JsonObject first =
                api.get("api/clients?size=2&q=" + family.toLowerCase()).json();
        JsonObject second =
                api.get("api/clients?size=2&page=1&q=" + family.toUpperCase()).json();

        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("givenName"))
                .isEqualTo("Emil");
        assertThat(api.get("api/clients?q=" + family.substring(1)).json().getInt("total"))
                .as("matches the start of a name only")
                .isZero();
        assertThat(api.get("api/clients?q=%25" + family).json().getInt("total"))
                .as("a % in the search is a character, not a wildcard")
                .isZero();
    }

    /**
     * Every IT class deploys the WAR again onto the same database, so by now the application has started more than
     * once: each migration must still have been applied exactly once.
     */
    @Test
    void migrationsRanOnceAndHealthIncludesTheDatabase() throws SQLException {
        try (Connection db = database();
                Statement s = db.createStatement();
                ResultSet history = s.executeQuery(
                        "select count(*), count(distinct version), bool_and(success) from flyway_schema_history"
                                + " where version is not null")) {
            history.next();
            assertThat(history.getInt(1)).isPositive().isEqualTo(history.getInt(2));
            assertThat(history.getBoolean(3)).isTrue();
        }
        Api.Reply ready = api.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        Api.Reply openApi = api.get("openapi");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/clients");
    }

    private static long clientRows() throws SQLException {
        try (Connection db = database();
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from clients")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "knotwork", "knotwork");
    }
}
