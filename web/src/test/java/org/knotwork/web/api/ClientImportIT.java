package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.clientimport.ClientCsvFixture;

/**
 * A practice moves in: a CSV of a thousand clients with twenty bad rows is reported row by row (dry run), refused
 * whole when imported (nothing written), and taken on whole once the rows are fixed; all on the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientImportIT {

    @Deployment(testable = false)
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aThousandClientsWithTwentyBadRowsAreReportedAndWrittenOnlyWhenClean() {
        Api owner = Staff.signedIn(deployment, "OWNER");
        long before = clients(owner);

        Api.Reply dryRun = owner.send(
                "POST", "api/clients/import?dryRun=true", "text/csv", ClientCsvFixture.thousandWithTwentyBad());
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().getInt("rows")).isEqualTo(1000);
        assertThat(dryRun.json().getJsonArray("problems").stream()
                        .map(p -> p.asJsonObject().getInt("row"))
                        .distinct())
                .containsExactlyElementsOf(ClientCsvFixture.BAD_ROWS);
        assertThat(clients(owner)).isEqualTo(before);

        Api.Reply refused =
                owner.send("POST", "api/clients/import", "text/csv", ClientCsvFixture.thousandWithTwentyBad());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).startsWith("20 of 1000 rows");
        assertThat(clients(owner)).as("all or nothing").isEqualTo(before);
        assertThat(audit(owner)).contains("CLIENTS_IMPORT_CHECKED SUCCESS", "CLIENTS_IMPORTED FAILED");

        Api.Reply imported = owner.send("POST", "api/clients/import", "text/csv", ClientCsvFixture.thousand(true));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(1000);
        assertThat(clients(owner)).isEqualTo(before + 1000);

        assertThat(audit(owner)).contains("CLIENTS_IMPORTED SUCCESS", "CREATE SUCCESS");
        assertThat(Staff.signedIn(deployment, "THERAPIST")
                        .send("POST", "api/clients/import?dryRun=true", "text/csv", ClientCsvFixture.thousand(true))
                        .status())
                .isEqualTo(403);
    }

    private static java.util.List<String> audit(Api owner) {
        return owner.get("api/audit?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("action") + " " + e.getString("outcome"))
                .toList();
    }

    private static long clients(Api api) {
        JsonObject page = api.get("api/clients?archived=true&size=1").json();
        return page.getJsonNumber("total").longValue();
    }
}
