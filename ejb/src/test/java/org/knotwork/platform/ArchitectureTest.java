package org.knotwork.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The EJB module's sources against docs/architecture.md: every feature package is a floor of the diagram, each imports
 * only lower floors and the platform, and none knows the servlet API or the web module (who is signed in reaches it
 * through {@code CurrentUser}, filled by the web module).
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "knotwork");
    private static final Path WEB_SOURCES = Path.of("..", "web", "src", "main", "java", "org", "knotwork");
    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    private static final Pattern KNOTWORK_NAME = Pattern.compile("\\borg\\.knotwork\\.([a-z]+)\\.");
    private static final Pattern SERVLET = Pattern.compile("\\bjakarta\\.servlet\\b|\\bjavax\\.servlet\\b");
    private static final Pattern JSON_STATIC_FACTORY = Pattern.compile("\\bJson\\s*\\.\\s*create");

    private final Map<Path, String> sources = sources(SOURCES);
    private final PackageFloors floors = PackageFloors.drawnIn(read(ARCHITECTURE));

    @Test
    void noEjbCodeUsesTheServletApi() {
        List<String> offenders = new ArrayList<>();
        sources.forEach((file, text) -> {
            if (SERVLET.matcher(text).find()) {
                offenders.add(SOURCES.relativize(file).toString());
            }
        });
        assertEquals(List.of(), offenders, "EJB code importing servlet types; the web module must hand them over");
    }

    /**
     * Each static factory of {@code jakarta.json.Json} looks the provider up through the service loader, reading the
     * class path's jars: a sixth of a session save's CPU when the request body was parsed that way. {@link JsonP}
     * holds the provider once.
     */
    @Test
    void jsonIsParsedAndWrittenThroughTheProviderLookedUpOnce() {
        Map<Path, String> both = new TreeMap<>(sources);
        both.putAll(sources(WEB_SOURCES));
        List<Path> offenders = both.entrySet().stream()
                .filter(source -> JSON_STATIC_FACTORY.matcher(source.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), offenders, "code calling Json.create…; use JsonP.PROVIDER");
        assertTrue(JSON_STATIC_FACTORY
                .matcher("try (JsonParser p = Json.createParser(reader)) {")
                .find());
    }

    @Test
    void everyFeaturePackageIsAFloorOfTheDiagram() {
        TreeSet<String> undrawn = new TreeSet<>();
        sources.keySet().forEach(file -> {
            String feature = featureOf(file);
            if (!floors.isDrawn(feature)) {
                undrawn.add(feature);
            }
        });
        assertEquals(new TreeSet<>(), undrawn, "packages missing from the diagram in docs/architecture.md");
        assertTrue(floors.drawn().containsAll(List.of("audit", "security", "practice", "client", "charting")));
    }

    @Test
    void importsPointDownTheFloors() {
        assertEquals(List.of(), upwardImports(sources), "imports against the floors of docs/architecture.md");
    }

    @Test
    void aFloorImportingAHigherOneIsCaught() {
        Map<Path, String> upward = Map.of(
                SOURCES.resolve("audit").resolve("AuditTrail.java"),
                "package org.knotwork.audit;\nimport org.knotwork.security.CurrentUser;\n",
                SOURCES.resolve("platform").resolve("Clock.java"),
                "package org.knotwork.platform;\nimport org.knotwork.client.Client;\n",
                SOURCES.resolve("client").resolve("Client.java"),
                "package org.knotwork.client;\nimport org.knotwork.web.api.Problem;\n");
        assertEquals(3, upwardImports(upward).size(), upwardImports(upward).toString());
        assertFalse(floors.mayImport("fhir", "clientimport"), "a floor's neighbours are not below it");
        assertTrue(floors.mayImport("charting", "platform"));
    }

    private List<String> upwardImports(Map<Path, String> files) {
        List<String> wrong = new ArrayList<>();
        files.forEach((file, text) -> {
            String from = featureOf(file);
            Matcher name = KNOTWORK_NAME.matcher(text.replaceFirst("package [^;]+;", ""));
            TreeSet<String> targets = new TreeSet<>();
            while (name.find()) {
                targets.add(name.group(1));
            }
            for (String to : targets) {
                if (!floors.mayImport(from, to)) {
                    wrong.add(SOURCES.relativize(file) + " uses org.knotwork." + to);
                }
            }
        });
        return wrong;
    }

    private static String featureOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static Map<Path, String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<Path, String> texts = new TreeMap<>();
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> texts.put(file, read(file)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
