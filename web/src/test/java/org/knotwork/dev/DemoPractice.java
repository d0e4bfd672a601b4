package org.knotwork.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small demo practice, entered through the REST API like any other client of it would. Loaded only into a
 * database that has no clients yet, so a restart never duplicates it and never touches real data.
 */
final class DemoPractice {

    private static final String CLIENTS = "/demo/clients.jsonl";

    private DemoPractice() {}

    static int loadIfEmpty(URI api) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> existing = http.send(
                HttpRequest.newBuilder(api.resolve("clients?archived=true&size=1"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (existing.statusCode() != 200) {
            throw new IllegalStateException("Could not list clients: " + existing.statusCode() + " " + existing.body());
        }
        if (!existing.body().contains("\"total\":0")) {
            return 0;
        }
        List<String> clients = clients();
        for (String client : clients) {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(api.resolve("clients"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(client))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Demo client refused: " + created.statusCode() + " " + created.body());
            }
        }
        return clients.size();
    }

    private static List<String> clients() throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(DemoPractice.class.getResourceAsStream(CLIENTS), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
