package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a text with something in it: a character a reader can see. */
class VisibleTextTest {

    @Test
    void blanksAndInvisibleCharactersAloneAreNoText() {
        for (String nothing : new String[] {
            null,
            "",
            " ",
            "\t\n",
            "\u00a0",
            "\u200b",
            "\ufeff",
            "\u202e",
            "\u200b \u200d",
            "\u0301",
            "\u0000\u001f",
            "\u3164",
            "\u2800"
        }) {
            assertThat(VisibleText.present(nothing))
                    .as(
                            "%s",
                            nothing == null
                                    ? "null"
                                    : nothing.codePoints()
                                            .mapToObj(Integer::toHexString)
                                            .toList())
                    .isFalse();
            assertThat(VisibleText.stripped(nothing)).isNull();
        }
    }

    @Test
    void anyVisibleCharacterIsText() {
        for (String something : new String[] {"a", ".", "7", "é", "e\u0301", "\u200bDr Patel", "日", "💊"}) {
            assertThat(VisibleText.present(something)).as(something).isTrue();
        }
        assertThat(VisibleText.stripped("  Dr Patel \n")).isEqualTo("Dr Patel");
    }
}
