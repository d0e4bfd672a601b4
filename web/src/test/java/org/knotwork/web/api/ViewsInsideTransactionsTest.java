package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web layer never holds an entity after a service call returned: its transaction has ended, and walking the
 * entity then fails on whatever was not loaded (a 500, after the change was committed). Services hand their entities
 * to a view function inside the transaction instead. This reads the compiled API classes and fails on any call to a
 * session bean's method whose result is, or holds, an entity.
 */
class ViewsInsideTransactionsTest {

    @Test
    void noResourceReceivesAnEntityFromAServiceCall() {
        JavaClasses web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.knotwork.web.api");
        JavaClasses knotwork = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.knotwork");
        assertThat(knotwork.contain("org.knotwork.client.ClientService")).isTrue();

        List<String> offending = new ArrayList<>();
        int serviceCalls = 0;
        for (var webClass : web) {
            for (JavaMethodCall call : webClass.getMethodCallsFromSelf()) {
                Class<?> owner;
                try {
                    owner = call.getTargetOwner().reflect();
                } catch (RuntimeException notOnTheClassPath) {
                    continue;
                }
                if (!owner.isAnnotationPresent(Stateless.class) && !owner.isAnnotationPresent(Singleton.class)) {
                    continue;
                }
                serviceCalls++;
                for (Method method : owner.getMethods()) {
                    if (method.getName().equals(call.getName())
                            && Arrays.stream(method.getParameterTypes())
                                    .map(Class::getName)
                                    .toList()
                                    .equals(call.getTarget().getRawParameterTypes().stream()
                                            .map(type -> type.getName())
                                            .toList())
                            && holdsAnEntity(method.getGenericReturnType(), new HashSet<>())) {
                        offending.add(call.getDescription());
                    }
                }
            }
        }

        assertThat(serviceCalls)
                .as("the check sees the resources' service calls")
                .isGreaterThan(20);
        assertThat(offending).as("calls that hand an entity to the web layer").isEmpty();
    }

    static boolean holdsAnEntity(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (holdsAnEntity(argument, seen)) {
                    return true;
                }
            }
            return holdsAnEntity(parameterized.getRawType(), seen);
        }
        if (!(type instanceof Class<?> raw)) {
            return false;
        }
        if (raw.isAnnotationPresent(Entity.class)) {
            return true;
        }
        if (raw.isRecord() && raw.getName().startsWith("org.knotwork")) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (holdsAnEntity(component.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
