package org.knotwork.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.knotwork.web.api.problem.Problem;

/**
 * HEAD is refused (405, with the methods the address takes in {@code Allow}) wherever a resource does not declare it.
 * JAX-RS answers HEAD by running the GET and dropping the body, and a GET here may record a delivery: a handout issued,
 * an export or a report taken, all written to the audit trail though nothing was sent. Runs before the sign-in check,
 * so a HEAD is not recorded as a refusal either.
 */
@Provider
public class HeadRequests implements DynamicFeature {

    private static final String HEAD_PROPERTY = HeadRequests.class.getName() + ".head";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(HEAD.class)) {
            context.register(new Refusal(allowed(resource.getResourceClass(), method)), Priorities.AUTHENTICATION - 10);
        }
    }

    /** The HTTP methods the resource class declares at the same address as {@code get}. */
    static String allowed(Class<?> resource, Method get) {
        String path = pathOf(get);
        // Declared methods up the hierarchy: a container's proxy subclass overrides them without their annotations.
        return Stream.<Class<?>>iterate(resource, type -> type != null && type != Object.class, Class::getSuperclass)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Objects.equals(pathOf(m), path))
                .flatMap(m -> Arrays.stream(m.getAnnotations()))
                .map(HeadRequests::httpMethod)
                .filter(Objects::nonNull)
                .filter(name -> !name.equals(HttpMethod.HEAD))
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(", "));
    }

    private static String pathOf(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private static String httpMethod(Annotation annotation) {
        HttpMethod method = annotation.annotationType().getAnnotation(HttpMethod.class);
        return method == null ? null : method.value();
    }

    /**
     * Notes a HEAD before matching: Jersey then runs the GET with the request's method set to GET, so the refusal,
     * which runs after matching to know the address's methods, would no longer see it.
     */
    @Provider
    @PreMatching
    public static final class Marker implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (HttpMethod.HEAD.equals(request.getMethod())) {
                request.setProperty(HEAD_PROPERTY, Boolean.TRUE);
            }
        }
    }

    @Priority(Priorities.AUTHENTICATION - 10)
    static final class Refusal implements ContainerRequestFilter {

        private final String allow;

        Refusal(String allow) {
            this.allow = allow;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (Boolean.TRUE.equals(request.getProperty(HEAD_PROPERTY))) {
                request.abortWith(Response.fromResponse(Problem.of(
                                        Status.METHOD_NOT_ALLOWED,
                                        "This address does not answer HEAD; send GET for what it holds.")
                                .toResponse())
                        .header(HttpHeaders.ALLOW, allow)
                        .build());
            }
        }
    }
}
