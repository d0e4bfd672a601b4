package org.knotwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Criterion;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PaperSize;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.PrintSize;
import org.knotwork.practice.PressureUnit;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Range;
import org.knotwork.security.Role;
import org.knotwork.web.api.charting.EpisodeForm;
import org.knotwork.web.api.reference.CodesResource;

/**
 * The browser's files copy no coded list, factor or library version that has its home in Java or the pom: they read
 * them from the server ({@code GET /api/codes}, {@code GET /api/protocol}, the views' {@code clinicallyImportantChange}) or from the module the
 * build generates ({@code js/libraries.js}).
 */
class OneHomeTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void noPageOrModuleWritesTheChartLibrarysVersion() {
        assertThat(offenders(Pattern.compile("webjars/chart\\.js/\\d"))).isEmpty();
    }

    @Test
    void noPageOrModuleCopiesTheBodyRegionsOrThePressureUnits() {
        for (Region region : Region.values()) {
            assertThat(offenders(Pattern.compile("[\"']" + region.name() + "[\"']")))
                    .as(region.name())
                    .isEmpty();
        }
        // kPa is what Knotwork stores and reports in; the units a practice may choose instead come from the server.
        for (PressureUnit unit : List.of(PressureUnit.KGF_CM2, PressureUnit.N_CM2)) {
            assertThat(offenders(Pattern.compile(Pattern.quote(unit.symbol()))))
                    .as(unit.symbol())
                    .isEmpty();
        }
        assertThat(offenders(Pattern.compile("98\\.0665"))).isEmpty();
    }

    /**
     * A code may appear in the pages' logic (a position compared, a language chosen), but not as the key of a label:
     * {@code SUPINE: "Lying on the back"} is the copy of a list whose words belong to the server.
     */
    @Test
    void noPageOrModuleLabelsTheListsServedAsCodes() {
        List<String> codes = new ArrayList<>();
        Arrays.stream(BodyPosition.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(PressureTool.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(PrintSize.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(PaperSize.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(HandoutLanguage.values()).map(HandoutLanguage::code).forEach(codes::add);
        Arrays.stream(ReleaseReason.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(HeatModality.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(Side.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(BodyView.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(PointStatus.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(Criterion.values()).map(Criterion::field).forEach(codes::add);
        Arrays.stream(Finding.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(NoteStatus.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(EpisodeForm.Kind.values()).map(Enum::name).forEach(codes::add);
        Arrays.stream(Role.values()).map(Enum::name).forEach(codes::add);
        for (String code : codes) {
            assertThat(offenders(labelled(code))).as(code).isEmpty();
            assertThat(offenders(offered(code))).as(code).isEmpty();
        }
        List<String> words = new ArrayList<>();
        Arrays.stream(PressureTool.values()).map(PressureTool::label).forEach(words::add);
        Arrays.stream(BodyPosition.values()).map(BodyPosition::label).forEach(words::add);
        Arrays.stream(Side.values()).map(Side::label).forEach(words::add);
        Arrays.stream(BodyView.values()).map(BodyView::label).forEach(words::add);
        Arrays.stream(Criterion.values()).map(Criterion::label).forEach(words::add);
        words.add(Finding.NOT_TESTED.label());
        Arrays.stream(PaperSize.values()).map(PaperSize::label).forEach(words::add);
        for (String label : words) {
            assertThat(offenders(Pattern.compile("[\"'`]" + Pattern.quote(label) + "[\"'`]")))
                    .as(label)
                    .isEmpty();
        }
    }

    @Test
    void aCopiedLabelListIsCaught() {
        assertThat(labelled("SUPINE")
                        .matcher("const POSITIONS = {SUPINE: \"Lying on the back\"};")
                        .find())
                .isTrue();
        assertThat(labelled("es")
                        .matcher("const L = {en: \"English\", \"es\": 'Spanish'};")
                        .find())
                .isTrue();
        assertThat(labelled("SUPINE").matcher("if (p === \"SUPINE\") warn();").find())
                .isFalse();
        assertThat(labelled("tautBand")
                        .matcher("const CRITERIA = {tautBand: \"Taut band\", spotTenderness: \"Spot tenderness\"};")
                        .find())
                .isTrue();
        assertThat(labelled("LEFT")
                        .matcher("return {LEFT: \"left\", RIGHT: \"right\"}[side];")
                        .find())
                .isTrue();
    }

    @Test
    void aCopiedChoiceIsCaught() {
        assertThat(offered("LETTER")
                        .matcher("h(\"option\", {value: \"LETTER\"}, \"US Letter\")")
                        .find())
                .isTrue();
        assertThat(offered("LETTER")
                        .matcher("h(\"option\", {value: code}, label)")
                        .find())
                .isFalse();
    }

    /** The code as the value of a written-out choice: the shape of a copied list of options. */
    private static Pattern offered(String code) {
        return Pattern.compile("\\bvalue:\\s*[\"'`]" + Pattern.quote(code) + "[\"'`]");
    }

    /**
     * The code as an object key (bare or quoted, after the brace or a comma) given a text: the shape of a copied label
     * table, and not a choice between two codes ({@code a ? "RIGHT" : "LEFT"}).
     */
    private static Pattern labelled(String code) {
        return Pattern.compile("[{,]\\s*[\"']?" + Pattern.quote(code) + "[\"']?\\s*:\\s*[\"'`]");
    }

    @Test
    void noPageOrModuleWritesTheHeatDoseOrTheCentreLineBand() {
        Range heat = Dosage.HEAT_MINUTES;
        assertThat(offenders(Pattern.compile("\\b" + heat.min() + "\\s*[–-]\\s*" + heat.max() + "\\s*min")))
                .isEmpty();
        assertThat(offenders(Pattern.compile("Math\\.abs\\(\\w+\\s*-\\s*0\\.5\\)\\s*<=?\\s*0?\\.\\d")))
                .isEmpty();
    }

    /**
     * Every list a page asks {@code codes.js} for by name ({@code labels("positions")}, {@code wordsFor("a", "b")},
     * {@code word("views", …)}) is one {@code GET /api/codes} serves: a page asking for "languages" where the server
     * serves "handoutLanguages" could not be shown at all.
     */
    @Test
    void everyListAPageAsksForIsOneTheServerServes() {
        Set<String> served = Arrays.stream(CodesResource.Codes.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Pattern asked = Pattern.compile("\\b(?:labels|wordsNow|word|valueNow|wordsFor)\\(((?:\\s*\"\\w+\"\\s*,?)+)");
        Pattern name = Pattern.compile("\"(\\w+)\"");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher call = asked.matcher(read(file));
                while (call.find()) {
                    String first = call.group(0).startsWith("wordsFor(") ? call.group(1) : firstOnly(call.group(1));
                    Matcher each = name.matcher(first);
                    while (each.find()) {
                        if (!served.contains(each.group(1))) {
                            unknown.add(file.getFileName() + ": " + each.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unknown).isEmpty();
        assertThat(served).contains("handoutLanguages").doesNotContain("languages");
    }

    /** {@code word("views", "ANTERIOR")}, {@code wordsNow("roles", "plural")}: only the first argument names a list. */
    private static String firstOnly(String arguments) {
        int comma = arguments.indexOf(',');
        return comma < 0 ? arguments : arguments.substring(0, comma);
    }

    @Test
    void noPageOrModuleWritesTheClinicallyImportantChange() {
        assertThat(offenders(Pattern.compile("\\b2 points"))).isEmpty();
    }

    private static List<Path> offenders(Pattern pattern) {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(
                            f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .filter(f -> pattern.matcher(read(f)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
