package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.knotwork.web.api.Api;
import org.knotwork.web.api.Staff;

/** The people and clients a browser test starts from, made through the API so the browser time goes to the UI. */
final class Practice {

    final URL deployment;

    /** The practice has its letterhead's phone, as every practice must before a handout is issued. */
    Practice(URL deployment) {
        this.deployment = deployment;
        Staff.letterheadWithPhone(deployment);
    }

    /** A new user with these roles; the browser signs in as them with {@link Staff#PASSWORD}. */
    Person person(String... roles) {
        String username = Staff.create(deployment, roles).json().getString("username");
        Api api = new Api(deployment);
        assertThat(api.signIn(username, Staff.PASSWORD).status()).isEqualTo(200);
        return new Person(username, api);
    }

    record Person(String username, Api api) {

        /** Registers a client; {@code contraindications} as the API's codes, e.g. "IMPAIRED_SENSATION". */
        Client client(String family, String... contraindications) {
            String codes = String.join(
                    ",",
                    java.util.Arrays.stream(contraindications)
                            .map(c -> "\"" + c + "\"")
                            .toList());
            Api.Reply created = api.post("api/clients", """
                    {"givenName":"Rosa","familyName":"%s","dateOfBirth":"1979-03-02",
                     "mainComplaint":"Neck and shoulder pain at the end of the working day",
                     "consentDate":"2026-01-10","contraindications":[%s]}""".formatted(family, codes));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return new Client(created.json().getString("id"), family);
        }
    }

    record Client(String id, String family) {}

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }
}
