package org.knotwork.web.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which guard each kind of resource method gets: the API has no other (payara-web.xml switches Payara's off). */
class AccessControlTest {

    @RolesAllowed("OWNER")
    static class Owners {
        public void look() {}

        @PermitAll
        public void open() {}

        @DenyAll
        public void closed() {}
    }

    @DenyAll
    static class Closed {
        public void anything() {}

        @RolesAllowed("ADMIN")
        public void administrators() {}
    }

    @Test
    void aMethodMarkedDenyAllIsRefusedToEveryoneWithAForbidden() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Owners.class, "closed");

        assertThat(refusalOf(guard)).isEqualTo(403);
        assertThat(refusalOf(theOneGuardOf(Closed.class, "anything"))).isEqualTo(403);
    }

    @Test
    void aClassMarkedDenyAllGivesWayToRolesNamedOnTheMethod() throws Exception {
        assertThat(guardsOf(Closed.class, "administrators")).singleElement().isInstanceOf(AccessControl.Guard.class);
    }

    @Test
    void permitAllTakesNoGuardAndRolesAllowedTakesTheRoleGuard() throws Exception {
        assertThat(guardsOf(Owners.class, "open")).isEmpty();
        assertThat(guardsOf(Owners.class, "look")).singleElement().isInstanceOf(AccessControl.Guard.class);
    }

    private static ContainerRequestFilter theOneGuardOf(Class<?> resource, String method) throws Exception {
        List<Object> guards = guardsOf(resource, method);
        assertThat(guards).hasSize(1);
        return (ContainerRequestFilter) guards.get(0);
    }

    private static List<Object> guardsOf(Class<?> resource, String name) throws Exception {
        Method method = resource.getMethod(name);
        ResourceInfo info = fake(ResourceInfo.class, (called, args) -> switch (called) {
            case "getResourceMethod" -> method;
            case "getResourceClass" -> resource;
            default -> throw new UnsupportedOperationException(called);
        });
        List<Object> registered = new ArrayList<>();
        FeatureContext context = fake(FeatureContext.class, (called, args) -> {
            if (!called.equals("register")) {
                throw new UnsupportedOperationException(called);
            }
            registered.add(args[0]);
            return null;
        });
        new AccessControl().configure(info, context);
        return registered;
    }

    /** The status the guard answers a request with, signed in or not; 0 when it lets the request through. */
    private static int refusalOf(ContainerRequestFilter guard) throws Exception {
        int[] status = {0};
        ContainerRequestContext request = fake(ContainerRequestContext.class, (called, args) -> {
            if (called.equals("abortWith")) {
                status[0] = ((Response) args[0]).getStatus();
                return null;
            }
            throw new UnsupportedOperationException(called);
        });
        guard.filter(request);
        return status[0];
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                AccessControlTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
