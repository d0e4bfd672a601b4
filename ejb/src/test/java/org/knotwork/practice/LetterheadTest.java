package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit line of a letterhead change says what changed, old → new, within what the trail keeps of a line. */
class LetterheadTest {

    private final Letterhead before = new Letterhead("Harbour Street Clinic", null, "023 9200 0000");

    @Test
    void aChangedNameAndPhoneAreQuotedOldToNew() {
        Letterhead after = new Letterhead("Harbour Street Physio", null, "023 9200 0001");

        assertThat(before.changesTo(after))
                .isEqualTo("name “Harbour Street Clinic” → “Harbour Street Physio”;"
                        + " phone “023 9200 0000” → “023 9200 0001”");
    }

    @Test
    void addedContactLinesAreQuotedOnOneLineAndShortened() {
        String address = "1 Harbour Street\nPortsmouth PO1 2AB\n" + "Second floor, ".repeat(20);
        Letterhead after = new Letterhead("Harbour Street Clinic", address, "023 9200 0000");

        String changes = before.changesTo(after);

        assertThat(changes).startsWith("contact lines none → “1 Harbour Street Portsmouth PO1 2AB Second floor");
        assertThat(changes).doesNotContain("\n").endsWith("…”").hasSizeLessThan(100);
    }

    @Test
    void aSaveOfTheSameLetterheadSaysNothingChanged() {
        assertThat(before.changesTo(new Letterhead("Harbour Street Clinic", null, "023 9200 0000")))
                .isEqualTo("nothing changed");
    }
}
