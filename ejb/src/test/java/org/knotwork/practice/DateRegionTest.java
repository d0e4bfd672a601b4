package org.knotwork.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

/** The country a practice's handouts write dates for: chosen from Knotwork's list, or none; every change audited. */
class DateRegionTest {

    @Test
    void aCountryIsNamedByItsCodeAndNoneIsNull() {
        assertThat(DateRegion.of("GB")).isEqualTo(DateRegion.GB);
        assertThat(DateRegion.GB.label()).isEqualTo("United Kingdom");
        assertThat(DateRegion.of(null)).isNull();
    }

    @Test
    void anUnknownCountryIsRefusedNamingTheFieldAndTheChoices() {
        for (String unknown : new String[] {"XX", "gb", "en-GB", "", "UK"}) {
            assertThatThrownBy(() -> DateRegion.of(unknown))
                    .as(unknown)
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("United Kingdom (GB)")
                    .extracting(e -> ((RuleViolationException) e).field())
                    .isEqualTo("dateRegion");
        }
    }

    @Test
    void theListIsInTheOrderOfTheCountriesNames() {
        assertThat(DateRegion.values()).extracting(DateRegion::label).isSorted();
    }

    @Test
    void aChangedCountrySaysOldToNewAndNoneIsTheSheetsLanguage() {
        PracticeSettings settings = new PracticeSettings();
        settings.change(false, 3, PressureUnit.KPA);

        assertThat(settings.change(new PracticeRules(false, 3, PressureUnit.KPA, DateRegion.GB)))
                .isEqualTo("dates on handouts as in the sheet's language → GB");
        assertThat(settings.dateRegion()).isEqualTo(DateRegion.GB);
        assertThat(settings.change(new PracticeRules(false, 4, PressureUnit.KPA, DateRegion.US)))
                .isEqualTo("compression discomfort limit 3/10 → 4/10; dates on handouts as in GB → US");
        assertThat(settings.change(new PracticeRules(false, 4, PressureUnit.KPA, null)))
                .isEqualTo("dates on handouts as in US → the sheet's language");
        assertThat(settings.change(settings.rules())).isEqualTo("nothing changed");
    }
}
