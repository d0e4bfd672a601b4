package org.knotwork.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Contraindication;

/**
 * The rule set holds together, and docs/safety-rules.md shows clinicians exactly this rule set: its rules table is
 * generated here and must match the document (written to target/safety-rules-table.md, to paste when it changes).
 */
class SafetyRulesTest {

    static final Path DOC = Path.of("..", "docs", "safety-rules.md");
    static final ResourceBundle WORDS = ResourceBundle.getBundle("org.knotwork.handout.HandoutWording", Locale.ENGLISH);

    @Test
    void everyContraindicationChangesBothTheChartAndTheSheet() {
        for (Contraindication condition : Contraindication.values()) {
            assertThat(SafetyRules.forSession(java.util.Set.of(condition)))
                    .as(condition + " in the session")
                    .isNotEmpty();
            assertThat(SafetyRules.forSheet(java.util.Set.of(condition)))
                    .as(condition + " on the sheet")
                    .isNotEmpty();
        }
    }

    @Test
    void aSessionRuleRaisesADeviationAndASheetRuleSaysWhyAndAClearanceRuleItsClearance() {
        assertThatThrownBy(() -> new SafetyRule(
                        Contraindication.FEVER,
                        BodyArea.ANYWHERE,
                        Technique.HEAT,
                        Manner.ANY,
                        Effect.WITHHOLD,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SafetyRule(
                        Contraindication.FEVER,
                        BodyArea.ANYWHERE,
                        Technique.SESSION,
                        Manner.ANY,
                        Effect.CLEARANCE,
                        DeviationType.SESSION_DURING_FEVER,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SafetyRules.ALL.stream().filter(r -> r.effect() == Effect.CLEARANCE))
                .allSatisfy(r -> assertThat(r.deviation().clearanceFor()).isEqualTo(r.contraindication()));
        assertThat(SafetyRules.ALL.stream().filter(r -> r.sheetSentence() != null))
                .allSatisfy(r -> assertThat(WORDS.containsKey(r.sheetSentence()))
                        .as(r.sheetSentence())
                        .isTrue());
    }

    @Test
    void theDocumentShowsExactlyThisRuleSet() throws IOException {
        String document = Files.readString(DOC);
        String start = "<!-- rules:start -->\n";
        String end = "<!-- rules:end -->";
        String documented = document.substring(document.indexOf(start) + start.length(), document.indexOf(end));
        Files.writeString(Path.of("target", "safety-rules-table.md"), table() + "\n" + doses());

        assertThat(documented)
                .as(
                        "docs/safety-rules.md, between the rules markers (the table to paste: target/safety-rules-table.md)")
                .isEqualTo(table());
    }

    /** The rule set as a Markdown table a clinician reads: one row per rule. */
    static String table() {
        StringBuilder table =
                new StringBuilder("| Contraindication | Where | Technique | Done how | Effect | What Knotwork says |\n"
                        + "|---|---|---|---|---|---|\n");
        for (SafetyRule rule : SafetyRules.ALL) {
            table.append("| ")
                    .append(String.join(
                            " | ",
                            rule.contraindication().label(),
                            rule.area().words(),
                            rule.technique().words(),
                            rule.manner().words(),
                            effect(rule.effect()),
                            says(rule)))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String effect(Effect effect) {
        return switch (effect) {
            case DEVIATION -> "deviation: needs a reason";
            case CLEARANCE -> "deviation: needs a medical clearance (who, when) or a reason";
            case WITHHOLD -> "left off the home-care sheet";
            case VARIANT -> "home-care sheet prints a safer version";
        };
    }

    private static String says(SafetyRule rule) {
        if (rule.deviation() != null) {
            return "**" + rule.deviation().title() + "** (`" + rule.deviation().name() + "`): "
                    + rule.deviation().why();
        }
        return "\"" + WORDS.getString(rule.sheetSentence()).replace("''", "'") + "\"";
    }

    @Test
    void theDosesTableIsTheDosage() throws IOException {
        String document = Files.readString(DOC);
        String start = "<!-- doses:start -->\n";
        String documented =
                document.substring(document.indexOf(start) + start.length(), document.indexOf("<!-- doses:end -->"));

        assertThat(documented)
                .as("docs/safety-rules.md, between the doses markers")
                .isEqualTo(doses());
    }

    static String doses() {
        return "| Dose | Bound | Outside it |\n|---|---|---|\n"
                + "| Compression hold | at most " + Dosage.COMPRESSION_HOLD_MAX_SECONDS
                + " s | deviation `COMPRESSION_DOSE_TOO_HIGH` |\n"
                + "| Compression repetitions | at most " + Dosage.COMPRESSION_REPETITIONS_MAX
                + " | deviation `COMPRESSION_DOSE_TOO_HIGH` |\n"
                + "| Firm pressure | from " + Dosage.FIRM_PRESSURE_LEVEL + "/10 or " + (int) Dosage.FIRM_PRESSURE_KPA
                + " kPa | what the contraindication rules call firm |\n"
                + range(
                        "Stretch hold in the session",
                        Dosage.STRETCH_HOLD_SECONDS,
                        " s",
                        "deviation `STRETCH_DOSE_OUT_OF_RANGE`")
                + range(
                        "Stretch repetitions in the session",
                        Dosage.STRETCH_REPETITIONS,
                        "",
                        "deviation `STRETCH_DOSE_OUT_OF_RANGE`")
                + range(
                        "Heat, in the session and at home",
                        Dosage.HEAT_MINUTES,
                        " min",
                        "deviation `HEAT_OUT_OF_RANGE`")
                + range(
                        "Self-pressure at home",
                        Dosage.HOME_PRESSURE_SECONDS,
                        " s",
                        "refused (400); default when not set")
                + range(
                        "Self-pressure at home, times",
                        Dosage.HOME_PRESSURE_REPETITIONS,
                        "",
                        "refused (400); default when not set")
                + range("Stretch at home", Dosage.HOME_STRETCH_SECONDS, " s", "refused (400); default when not set")
                + range(
                        "Stretch at home, times",
                        Dosage.HOME_STRETCH_REPETITIONS,
                        "",
                        "refused (400); default when not set");
    }

    private static String range(String dose, Range range, String unit, String outside) {
        return "| " + dose + " | " + range.min() + "–" + range.max() + unit + " (usual " + range.byDefault() + unit
                + ") | " + outside + " |\n";
    }

    @Test
    void theEndangermentSitesAreDocumented() throws IOException {
        String document = Files.readString(DOC);
        assertThat(Arrays.stream(EndangermentSite.values()).map(site -> WORDS.getString(site.stop())))
                .allSatisfy(stop -> assertThat(document).contains(stop));
        assertThat(document)
                .contains(Arrays.stream(BodyArea.values()).map(BodyArea::words).collect(Collectors.toList()));
    }
}
