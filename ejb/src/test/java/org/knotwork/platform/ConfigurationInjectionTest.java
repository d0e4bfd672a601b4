package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A setting read with {@code @ConfigProperty} reaches its field only when the field is also {@code @Inject}:
 * without it CDI leaves the field null (or zero) and nothing fails until the setting is used, in production. The
 * e-mailed handout answered 500 for that reason (HandoutMail's fields were never injected); this test reads every
 * class of the module so no setting is left out again.
 */
class ConfigurationInjectionTest {

    @Test
    void everySettingReadFromConfigurationIsInjected() throws Exception {
        List<String> notInjected = moduleClasses()
                .flatMap(type -> Stream.of(type.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(ConfigProperty.class))
                .filter(field -> !field.isAnnotationPresent(Inject.class))
                .map(ConfigurationInjectionTest::name)
                .toList();

        assertThat(notInjected).as("@ConfigProperty fields without @Inject").isEmpty();
    }

    @Test
    void theModulesSettingsAreFound() throws Exception {
        assertThat(moduleClasses()
                        .flatMap(type -> Stream.of(type.getDeclaredFields()))
                        .filter(field -> field.isAnnotationPresent(ConfigProperty.class))
                        .map(ConfigurationInjectionTest::name))
                .as("the scan sees the classes it must check")
                .contains("ClinicClock.zone", "HandoutMail.host");
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    /** The module's own compiled classes (target/classes), loaded without running their static initialisers. */
    private static Stream<Class<?>> moduleClasses() throws IOException, URISyntaxException {
        Path root = Path.of(ClinicClock.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ClassLoader loader = ConfigurationInjectionTest.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(file -> !file.endsWith("package-info.class") && !file.endsWith("module-info.class"))
                    .map(file ->
                            file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .<Class<?>>map(name -> load(name, loader))
                    .toList();
            return classes.stream();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A compiled class could not be loaded: " + name, e);
        }
    }
}
