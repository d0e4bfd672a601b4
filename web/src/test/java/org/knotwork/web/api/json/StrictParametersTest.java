package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address is read as strictly as a body: each query parameter and path segment is text, or is refused. */
class StrictParametersTest {

    /** The refusal's message for the raw query, or {@code null} when it is taken. */
    static String refusal(String query) {
        try {
            StrictParameters.checkAddress(query, "/api/clients");
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void aControlCharacterOrNoncharacterInAQueryParameterIsRefusedNamingIt() {
        assertThat(refusal("q=a%00b")).contains("q ").contains("NUL");
        assertThat(refusal("q=a%C2%9Bb")).contains("q ").contains("control character");
        assertThat(refusal("q=a%EF%BF%BEb")).contains("noncharacter");
        assertThat(refusal("q=Zo%C3%AB+O%27Brien")).isNull();
    }
}
