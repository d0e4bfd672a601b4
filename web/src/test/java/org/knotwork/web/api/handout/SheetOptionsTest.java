package org.knotwork.web.api.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PaperSize;
import org.knotwork.handout.PrintSize;
import org.knotwork.platform.RuleViolationException;

/** A sheet's paper, print size and language in the address are codes exactly as a body's: no other case, not empty. */
class SheetOptionsTest {

    @Test
    void theExactCodesAreTakenAndLeavingOneOutMeansTheClientsUsual() {
        assertThat(HandoutResource.paperSize("LETTER")).isEqualTo(PaperSize.LETTER);
        assertThat(SheetOptions.print("LARGE")).isEqualTo(PrintSize.LARGE);
        assertThat(SheetOptions.language("es")).isEqualTo(HandoutLanguage.ES);
        assertThat(SheetOptions.print(null)).isNull();
        assertThat(SheetOptions.language(null)).isNull();
    }

    @Test
    void anotherCaseOrAnEmptyValueIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> HandoutResource.paperSize("a4"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("A4 or LETTER");
        assertThatThrownBy(() -> HandoutResource.paperSize("")).hasMessageContaining("A4 or LETTER");
        for (String print : new String[] {"large", "", " LARGE"}) {
            assertThatThrownBy(() -> SheetOptions.print(print))
                    .as(print)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).field())
                    .isEqualTo("print");
        }
        for (String language : new String[] {"EN", "", " ", "Es"}) {
            assertThatThrownBy(() -> SheetOptions.language(language))
                    .as(language)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).field())
                    .isEqualTo("language");
        }
    }
}
