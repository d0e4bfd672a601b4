package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;

class HandoutWordingTest {

    @Test
    void theEnglishWordingCoversEveryContraindicationSideAndHeatModality() {
        HandoutWording words = HandoutWording.english();

        for (Contraindication c : Contraindication.values()) {
            assertThat(words.precaution(c)).as(c.name()).isNotBlank().doesNotContain("{");
        }
        for (Side side : Side.values()) {
            assertThat(words.side(side)).isNotBlank();
        }
        for (HeatModality modality : HeatModality.values()) {
            assertThat(words.modality(modality)).isNotBlank();
        }
        assertThat(words.precaution(Contraindication.CANCER_HISTORY)).contains("team's advice");
    }

    @Test
    void withoutATranslationForTheServersLanguageTheHandoutIsEnglishThroughout() {
        HandoutWording words = new HandoutWording(Locale.GERMAN);

        assertThat(words.text("title")).isEqualTo("Your home-care plan");
        assertThat(words.date(LocalDate.of(2026, 3, 2))).isEqualTo("March 2, 2026");
    }
}
