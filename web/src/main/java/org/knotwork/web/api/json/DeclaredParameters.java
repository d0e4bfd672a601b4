package org.knotwork.web.api.json;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter is one the called method declares, given once: JAX-RS would silently read the first of
 * {@code size=10&size=20} and drop {@code ?zzz=1}, so a typo in a filter ({@code archive=true}) or a second value a
 * client meant to count would change nothing without a word. A parameter declared as a list may be repeated (none is
 * yet). Runs after sign-in, so that a caller who may not use the address learns nothing about its parameters.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class DeclaredParameters implements ContainerRequestFilter {

    private static final Map<Method, Map<String, Boolean>> DECLARED = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            check(request.getUriInfo().getRequestUri().getRawQuery(), method);
        }
    }

    /** Refuses the raw query (or {@code null}) when it names a parameter {@code method} lacks, or one twice. */
    static void check(String query, Method method) {
        if (query == null || query.isEmpty()) {
            return;
        }
        Map<String, Boolean> declared = DECLARED.computeIfAbsent(method, DeclaredParameters::declared);
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = StrictParameters.decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            Boolean repeatable = declared.get(name);
            if (repeatable == null) {
                String message = declared.isEmpty()
                        ? "There is no query parameter " + name + " here: this address takes none."
                        : "There is no query parameter " + name + " here. It takes: "
                                + String.join(", ", declared.keySet()) + ".";
                throw InvalidInputException.field(name, message);
            }
            if (!seen.add(name) && !repeatable) {
                throw InvalidInputException.field(
                        name, "The query parameter " + name + " is given more than once; give it once.");
            }
        }
    }

    /** The names of the method's query parameters, its own and its bean parameters', each with whether it is a list. */
    private static Map<String, Boolean> declared(Method method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), Collection.class.isAssignableFrom(parameter.getType()));
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam inBean = field.getAnnotation(QueryParam.class);
                        if (inBean != null) {
                            names.put(inBean.value(), Collection.class.isAssignableFrom(field.getType()));
                        }
                    }
                }
            }
        }
        return names;
    }
}
