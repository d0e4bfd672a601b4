package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.EndangermentSite;
import org.knotwork.safety.SafetyRule;
import org.knotwork.safety.SafetyRules;

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
        assertThat(words.precaution(Contraindication.ANTICOAGULANTS)).contains("body's weight");
    }

    @Test
    void everyWordingShowsItsNumbersAsMessageFormatWouldInBothLanguages() {
        // The wording shows plain numbers with a number format of its own, made once per text; this is what a
        // MessageFormat made afresh prints for the same arguments: integers, a fraction, a large number, text.
        Object[][] arguments = {
            {3, 12, 30, 2},
            {2.5, 1234567L, "Ana", 0.125},
            {"Łucja", -4, 1e7, 99},
        };
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            HandoutWording words = new HandoutWording(language);
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "org.knotwork.handout.HandoutWording",
                    words.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                MessageFormat fresh = new MessageFormat(bundle.getString(key), words.locale());
                if (fresh.getFormatsByArgumentIndex().length == 0) {
                    continue;
                }
                for (Object[] args : arguments) {
                    assertThat(words.text(key, args))
                            .as(language + " " + key)
                            .isEqualTo(new MessageFormat(bundle.getString(key), words.locale()).format(args));
                }
            }
        }
    }

    @Test
    void everySentenceTheSafetyRulesNameIsWorded() {
        HandoutWording words = HandoutWording.english();

        for (SafetyRule rule : SafetyRules.ALL) {
            if (rule.sheetSentence() != null) {
                assertThat(words.text(rule.sheetSentence())).as(rule.toString()).isNotBlank();
            }
        }
        for (EndangermentSite site : EndangermentSite.values()) {
            assertThat(words.text(site.stop()))
                    .as(site.name())
                    .startsWith(words.text(site.stop()).substring(0, 1));
            assertThat(words.text(site.stop())).as(site.name()).containsIgnoringCase("stop");
        }
        assertThat(words.text("stop.neck"))
                .contains("one side at a time")
                .contains("dizzy")
                .contains("vision");
        assertThat(words.text("rule.anticoagulants"))
                .contains("fingertips only")
                .contains("bruise");
    }

    @Test
    void withoutATranslationForTheServersLanguageTheHandoutIsEnglishThroughout() {
        HandoutWording words = new HandoutWording(Locale.GERMAN);

        assertThat(words.text("title")).isEqualTo("Your home-care plan");
        assertThat(words.date(LocalDate.of(2026, 3, 2))).isEqualTo("March 2, 2026");
    }
}
