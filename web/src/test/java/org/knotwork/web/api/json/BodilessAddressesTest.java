package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every change that reads no body (a discard, a deactivation, a sign-out, new recovery codes) is marked
 * {@link TakesNoBody}, so a body sent to it is refused (400 naming the body) instead of silently dropped: a caller who
 * sent something is told it was not read. Checked over every resource, so a new one cannot forget.
 */
class BodilessAddressesTest {

    static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    /**
     * Not yet marked: the signature's refusal is another change's (its "version" message); the POSTs the browser
     * sends with an empty {@code {}} (api.js's post) need the page changed with them, tested in the browser.
     */
    static final Set<String> ELSEWHERE = Set.of(
            "NoteResource.sign",
            "AccountResource.renewRecoveryCodes",
            "AccountResource.startSecondFactor",
            "HandoutResource.email",
            "UserResource.deactivate");

    @Test
    void everyChangeWithoutABodyRefusesOne() throws Exception {
        List<String> unmarked = resources()
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(BodilessAddressesTest::changes)
                .filter(method -> Arrays.stream(method.getParameters()).allMatch(BodilessAddressesTest::notTheBody))
                .filter(method -> !method.isAnnotationPresent(TakesNoBody.class)
                        && !method.getDeclaringClass().isAnnotationPresent(TakesNoBody.class))
                .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
                .filter(name -> !ELSEWHERE.contains(name))
                .sorted()
                .toList();

        assertThat(unmarked).isEmpty();
    }

    private static boolean changes(Method method) {
        return method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    private static boolean notTheBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).anyMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
    }

    private static Stream<Class<?>> resources() throws IOException, URISyntaxException {
        Path classes = Path.of(UnreadBodies.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path api = classes.resolve("org/knotwork/web/api");
        try (Stream<Path> files = Files.walk(api)) {
            return files
                    .filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(BodilessAddressesTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .toList()
                    .stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BodilessAddressesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
