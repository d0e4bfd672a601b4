package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
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
        assertThat(words.precaution(Contraindication.CANCER_HISTORY)).contains("doctors and nurses who treat");
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
    void noShippedWordingShowsAnArgumentBothPlainAndWithAFormat() throws IOException {
        // A plain number is shown with the wording's own number format before the pattern sees it, unless the pattern
        // names a format for that argument where it last appears: "{0,number} ... {0}" would hand the format text.
        assertThat(argumentStyles("'{1}' {0,number} and {0}, {2}"))
                .as("the check itself: quoted braces are text")
                .isEqualTo(Map.of(0, Set.of(true, false), 2, Set.of(false)));
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/knotwork/handout"))) {
            bundles = files.filter(f -> f.getFileName().toString().matches("HandoutWording(_\\w+)?\\.properties"))
                    .toList();
        }
        assertThat(bundles).as("English and the translations").hasSizeGreaterThanOrEqualTo(2);
        for (Path bundle : bundles) {
            Properties words = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                words.load(in);
            }
            for (String key : words.stringPropertyNames()) {
                argumentStyles(words.getProperty(key))
                        .forEach((argument, withFormat) -> assertThat(withFormat)
                                .as(
                                        "%s %s: argument {%d} is shown both plain and with a format",
                                        bundle.getFileName(), key, argument)
                                .hasSize(1));
            }
        }
    }

    /** Per argument of a MessageFormat pattern, whether the places it appears name a format ({0,number}) or not. */
    private static Map<Integer, Set<Boolean>> argumentStyles(String pattern) {
        Map<Integer, Set<Boolean>> styles = new TreeMap<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted; // '' turns quoting on and off again: a quote as text
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                for (int depth = 1; depth > 0; end++) {
                    char inner = pattern.charAt(end);
                    depth += inner == '{' ? 1 : inner == '}' ? -1 : 0;
                }
                String argument = pattern.substring(i + 1, end - 1);
                int comma = argument.indexOf(',');
                styles.computeIfAbsent(
                                Integer.parseInt((comma < 0 ? argument : argument.substring(0, comma)).trim()),
                                a -> new TreeSet<>())
                        .add(comma >= 0);
                i = end - 1;
            }
        }
        return styles;
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
