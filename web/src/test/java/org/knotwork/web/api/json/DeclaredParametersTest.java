package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.knotwork.web.api.client.ClientResource;
import org.knotwork.web.api.handout.HandoutResource;
import org.knotwork.web.api.outcomes.OutcomeResource;
import org.knotwork.web.api.security.PracticeSettingsResource;

/** A query parameter is one the resource method declares, given once; it is checked against the real resources. */
class DeclaredParametersTest {

    static Method method(Class<?> resource, String name) {
        return Arrays.stream(resource.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static InvalidInputException refusal(String query, Method method) {
        try {
            DeclaredParameters.check(query, method);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + query);
    }

    @Test
    void aParameterGivenTwiceIsRefusedNamingItInsteadOfTakingTheFirst() {
        Method clients = method(ClientResource.class, "search");
        Method handout = method(HandoutResource.class, "handout");

        for (String query : new String[] {"size=10&size=20", "archived=true&archived=false", "q=a&page=0&q=b"}) {
            InvalidInputException refused = refusal(query, clients);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("more than once"));
        }
        assertThat(refusal("paper=LETTER&paper=A4", handout).errors().get(0).field())
                .isEqualTo("paper");
        assertThat(refusal("language=en&language=es", handout).errors().get(0).field())
                .isEqualTo("language");
        assertThat(refusal("muscle=A&muscle=B", method(OutcomeResource.class, "csv"))
                        .getMessage())
                .contains("muscle");
    }

    @Test
    void aParameterTheAddressDoesNotTakeIsRefusedListingThoseItDoes() {
        InvalidInputException refused = refusal("zzz=1", method(ClientResource.class, "search"));

        assertThat(refused.errors().get(0).field()).isEqualTo("zzz");
        assertThat(refused.getMessage())
                .isEqualTo("There is no query parameter zzz here. It takes: archived, page, q, size.");
        assertThat(refusal("archive=true", method(ClientResource.class, "read")).getMessage())
                .contains("takes none");
    }

    @Test
    void whatTheBrowserSendsIsTaken() {
        assertThatCode(() -> {
                    DeclaredParameters.check("size=50&q=Zo%C3%AB", method(ClientResource.class, "search"));
                    DeclaredParameters.check(
                            "paper=A4&print=LARGE&language=en", method(HandoutResource.class, "handout"));
                    DeclaredParameters.check(
                            "from=2026-01-01&to=2026-02-01&therapist=x&muscle=A&complaint=B",
                            method(OutcomeResource.class, "figures"));
                    DeclaredParameters.check("v=1764490000000", method(PracticeSettingsResource.class, "logo"));
                    DeclaredParameters.check(null, method(ClientResource.class, "read"));
                })
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> DeclaredParameters.check("1764490000000", method(PracticeSettingsResource.class, "logo")))
                .isInstanceOf(InvalidInputException.class);
    }
}
