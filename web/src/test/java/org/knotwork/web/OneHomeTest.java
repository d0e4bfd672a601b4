package org.knotwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.practice.PressureUnit;

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
