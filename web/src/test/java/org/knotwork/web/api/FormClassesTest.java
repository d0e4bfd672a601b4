package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.web.api.json.JsonForm;

/**
 * Every JSON body a resource takes is read by the strict reader: its type is a {@link JsonForm} whose fields (and
 * their forms', down the tree) are of the kinds the reader checks, and the resource does not ask JAX-RS to validate it
 * again ({@code @Valid}), which would not know which fields were sent. A new resource or form that breaks this fails
 * here, before any request reaches it.
 */
class FormClassesTest {

    static final Set<Class<?>> SCALARS = Set.of(
            String.class,
            Integer.class,
            int.class,
            Long.class,
            long.class,
            Double.class,
            double.class,
            Boolean.class,
            boolean.class,
            UUID.class,
            LocalDate.class,
            LocalTime.class,
            Instant.class);

    static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            BeanParam.class,
            Context.class,
            CookieParam.class,
            FormParam.class,
            MatrixParam.class);

    /** The body parameter of every resource method that takes one, by resource and method. */
    static List<Parameter> bodies() {
        List<Parameter> bodies = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.knotwork.web.api")) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (NOT_THE_BODY.stream().noneMatch(parameter::isAnnotationPresent)) {
                        bodies.add(parameter);
                    }
                }
            }
        }
        return bodies;
    }

    @Test
    void everyJsonBodyIsAStrictFormThatJaxRsDoesNotValidateAgain() {
        List<Parameter> bodies = bodies();

        assertThat(bodies).hasSizeGreaterThan(10);
        for (Parameter body : bodies) {
            if (body.getType() == byte[].class) {
                continue; // the logo, a CSV file of clients, a FHIR document: bytes with their own strict checks
            }
            assertThat(JsonForm.class.isAssignableFrom(body.getType()))
                    .as(body.getDeclaringExecutable() + " takes a JsonForm")
                    .isTrue();
            assertThat(body.isAnnotationPresent(Valid.class))
                    .as(body.getDeclaringExecutable() + ": the reader validates, knowing what was sent")
                    .isFalse();
            assertReadable(body.getType(), body.getType().getName());
        }
    }

    private static void assertReadable(Class<?> form, String where) {
        for (Field field : form.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                assertReadable(field.getGenericType(), where + "." + field.getName());
            }
        }
    }

    private static void assertReadable(Type type, String where) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            assertThat(raw == List.class || raw == Map.class)
                    .as(where + " is a List or a Map")
                    .isTrue();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Map.class) {
                assertThat(arguments[0]).as(where + " is keyed by text").isEqualTo(String.class);
            }
            assertReadable(arguments[arguments.length - 1], where + "[]");
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (JsonForm.class.isAssignableFrom(raw)) {
            assertReadable(raw, where);
        } else {
            assertThat(SCALARS.contains(raw) || raw.isEnum())
                    .as(where + " (" + raw.getName() + ") is a kind the strict reader checks")
                    .isTrue();
        }
    }
}
