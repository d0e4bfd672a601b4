package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

/**
 * If-Match is read as the ETag the server gave, quotes included (weak when the server gzipped the answer), or it is
 * refused naming If-Match: never read as whatever number its characters happen to spell.
 */
class VersionsTest {

    @Test
    void theEtagAsGivenIsRead() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3);
        assertThat(Versions.expected(" \"12\" ")).isEqualTo(12);
        assertThat(Versions.expected("W/\"3\""))
                .as("as a gzipped answer gives it")
                .isEqualTo(3);
        assertThat(Versions.expected("\"-1\"")).as("a record not stored yet").isEqualTo(-1);
        assertThat(Versions.expected("\"0\"", 0L)).isZero();
    }

    @Test
    void anythingElseIsRefusedNamingIfMatch() {
        for (String garbage : List.of(
                "1\"2", "\"+3\"", "3", "\"3", "\"\"", "\"03\"", "\"-2\"", "\"3\", \"4\"", "*", "w/\"3\"", "\"1e3\"")) {
            assertThatThrownBy(() -> Versions.expected(garbage))
                    .as(garbage)
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.field()).isEqualTo("If-Match"));
        }
    }
}
