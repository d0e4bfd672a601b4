package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code of the EJB or the web module calls the static factories of {@code jakarta.json.Json}: each call looks the
 * provider up through the service loader, which was a sixth of a session save's CPU; {@link JsonP} holds it once.
 */
class JsonProviderOnceTest {

    private static final Pattern STATIC_FACTORY = Pattern.compile("\\bJson\\s*\\.\\s*create");

    @Test
    void jsonIsParsedAndWrittenThroughTheProviderLookedUpOnce() {
        assertThat(callersOfTheStaticFactories(Path.of("src", "main", "java"), Path.of("..", "web", "src", "main")))
                .isEmpty();
    }

    @Test
    void aCallOfAStaticFactoryIsFound() {
        assertThat(STATIC_FACTORY
                        .matcher("try (JsonParser p = Json.createParser(reader)) {")
                        .find())
                .isTrue();
        assertThat(STATIC_FACTORY.matcher("JsonP.PROVIDER.createParser(reader)").find())
                .isFalse();
    }

    private static List<Path> callersOfTheStaticFactories(Path... roots) {
        return Stream.of(roots)
                .peek(root -> assertThat(root).isDirectory())
                .flatMap(JsonProviderOnceTest::javaFiles)
                .filter(file -> STATIC_FACTORY.matcher(read(file)).find())
                .toList();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
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
