package org.knotwork.web.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.web.api.problem.Problem;
import org.knotwork.web.security.SessionAuthentication;

/**
 * Every API call needs a signed-in user unless its method says {@code @PermitAll}; {@code @RolesAllowed} on the
 * method or its class narrows it to those roles, and {@code @DenyAll} refuses it to everyone. Done here rather than
 * with Jersey's RolesAllowedDynamicFeature, which answers 403 also to callers who are not signed in and words its
 * answers for developers, not people.
 */
@Provider
public class AccessControl implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(DenyAll.class)
                || (allowed == null && resource.getResourceClass().isAnnotationPresent(DenyAll.class))) {
            // This feature is the API's only guard (payara-web.xml switches Payara's own off), so it keeps this rule
            // too.
            context.register(NO_ONE, Priorities.AUTHENTICATION);
            return;
        }
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        context.register(new Guard(
                allowed == null ? List.of() : List.of(allowed.value()),
                method.isAnnotationPresent(DuringSignIn.class)));
    }

    /** For a method (or class) marked {@code @DenyAll}: refused to everyone, signed in or not. */
    private static final ContainerRequestFilter NO_ONE = request -> request.abortWith(
            Problem.of(Status.FORBIDDEN, "No one may do this.").toResponse());

    private static final Map<SessionStep, String> UNFINISHED = Map.of(
            SessionStep.PASSWORD_CHANGE,
            "Choose a new password first (PUT /api/account/password): the one you signed in with is known to others.",
            SessionStep.ENROLMENT,
            "Set up an authenticator app first (POST /api/account/second-factor): the practice requires one for your"
                    + " role.",
            SessionStep.SECOND_FACTOR,
            "Enter the code from your authenticator app first.");

    static Response notSignedIn(String detail) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Session realm=\"Knotwork\"")
                .build();
    }

    /**
     * Runs before authorization proper, so that it answers first should any other {@code @RolesAllowed} filter come
     * in there: Payara's MicroProfile JWT support adds one unless {@code payara-web.xml} switches it off, as Knotwork's
     * does, and its refusals are worded for developers ("no JWT credential found").
     */
    @Priority(Priorities.AUTHENTICATION)
    static final class Guard implements ContainerRequestFilter {

        private final List<String> roles;
        private final boolean duringSignIn;

        Guard(List<String> roles, boolean duringSignIn) {
            this.roles = roles;
            this.duringSignIn = duringSignIn;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                request.abortWith(notSignedIn("Sign in first: send your username and password to POST /api/session."));
            } else if (!duringSignIn && unfinished(request) != null) {
                SessionStep step = unfinished(request);
                Refusals.record(
                        request.getMethod() + " /" + request.getUriInfo().getPath() + ": sign-in unfinished (" + step
                                + ")",
                        request.getUriInfo());
                request.abortWith(
                        Problem.of(Status.FORBIDDEN, UNFINISHED.get(step)).toResponse());
            } else if (!roles.isEmpty() && !hasAllowedRole(request, caller)) {
                Refusals.record(
                        request.getMethod() + " /" + request.getUriInfo().getPath() + ": the role does not allow it",
                        request.getUriInfo());
                request.abortWith(Problem.of(
                                Status.FORBIDDEN,
                                "Your role does not allow this; it needs the role of " + labels() + ".")
                        .toResponse());
            }
        }

        /**
         * Whether the caller holds one of the roles. They come with the session {@link SessionAuthentication} found,
         * which told the container the same roles; reading them there spares a question to Payara's JACC policy, which
         * {@code isUserInRole} asks on every call (3 % of a chart's samples in Payara Micro, with Payara's own JWT
         * filter, since switched off, asking again; see docs/performance.md, 2026-11-30).
         */
        private boolean hasAllowedRole(ContainerRequestContext request, SecurityContext caller) {
            if (request.getProperty(SessionAuthentication.SIGNED_IN_USER) instanceof SignedInUser user) {
                return user.roles().stream().anyMatch(role -> roles.contains(role.name()));
            }
            return roles.stream().anyMatch(caller::isUserInRole);
        }

        /** The step a signed-in caller has still to finish, or null. */
        private static SessionStep unfinished(ContainerRequestContext request) {
            return request.getProperty(SessionAuthentication.SIGNED_IN_USER) instanceof SignedInUser user
                            && user.step() != SessionStep.SIGNED_IN
                    ? user.step()
                    : null;
        }

        private String labels() {
            return roles.stream()
                    .map(name -> Arrays.stream(Role.values())
                            .filter(role -> role.name().equals(name))
                            .map(Role::label)
                            .findFirst()
                            .orElse(name))
                    .collect(Collectors.joining(" or "));
        }
    }
}
