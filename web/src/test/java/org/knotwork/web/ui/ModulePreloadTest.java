package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page asks for every module of the UI at once (no build step bundles them), and for no module that is gone. */
class ModulePreloadTest {

    static final Path WEBAPP = Path.of("src/main/webapp");
    /** Modules the build generates (filtered with the pom's versions), served beside the others. */
    static final Path GENERATED = Path.of("src/main/webapp-generated");

    @Test
    void theIndexPreloadsEveryModuleButTheOneItRuns() throws IOException {
        List<String> modules;
        try (Stream<Path> files =
                Stream.concat(Files.list(WEBAPP.resolve("js")), Files.list(GENERATED.resolve("js")))) {
            modules = files.map(f -> "js/" + f.getFileName())
                    .filter(name -> !name.equals("js/app.js"))
                    .sorted()
                    .toList();
        }
        Matcher preloads = Pattern.compile("<link rel=\"modulepreload\" href=\"\\{\\{static}}/([^\"]+)\">")
                .matcher(Files.readString(WEBAPP.resolve("WEB-INF/index.html")));
        List<String> preloaded =
                preloads.results().map(m -> m.group(1)).sorted().toList();

        assertThat(preloaded).isEqualTo(modules);
    }
}
