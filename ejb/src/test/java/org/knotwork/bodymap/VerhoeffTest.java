package org.knotwork.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class VerhoeffTest {

    @Test
    void theCataloguesSnomedCodesCarryValidCheckDigits() {
        for (String code : new String[] {"31764008", "22823000", "35259002", "90588001", "6423006", "72573008"}) {
            assertThat(Verhoeff.valid(code)).as(code).isTrue();
        }
    }

    @Test
    void aMistypedDigitOrSwappedPairIsCaught() {
        assertThat(Verhoeff.valid("31764009")).isFalse();
        assertThat(Verhoeff.valid("37164008")).isFalse();
    }

    @Test
    void anAdministratorsCorrectionIsCheckedBeforeItIsTaken() {
        Muscle muscle = new Muscle("UPPER_TRAPEZIUS", "Upper trapezius", Region.SHOULDER, "The neck.");

        assertThatThrownBy(() -> muscle.describe("Up the neck.", "31764009"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> muscle.describe(" ", null)).isInstanceOf(RuleViolationException.class);

        muscle.describe(" Up the neck to the temple. ", "31764008");
        assertThat(muscle.referredPain()).isEqualTo("Up the neck to the temple.");
        assertThat(muscle.snomedCode()).isEqualTo("31764008");
        muscle.describe("Up the neck.", "");
        assertThat(muscle.snomedCode()).isNull();
    }
}
