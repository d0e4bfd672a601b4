package org.knotwork.web.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditTrail;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.web.security.SessionAuthentication;

/**
 * What each kind of resource method's guard answers a caller, run as the server runs it: the API has no other guard
 * (payara-web.xml switches Payara's off).
 */
class AccessControlTest {

    @RolesAllowed("OWNER")
    static class Owners {
        public void look() {}

        @PermitAll
        public void open() {}

        @DenyAll
        public void closed() {}
    }

    static class Unmarked {
        public void look() {}
    }

    @DenyAll
    static class Closed {
        public void anything() {}

        @RolesAllowed("ADMIN")
        public void administrators() {}
    }

    /** The refusals the guards wrote to the audit trail, which they find through CDI as in the server. */
    private final RecordedAudit audited = new RecordedAudit();

    @BeforeEach
    void auditTrail() {
        CDI.setCDIProvider(() -> new TestCdi(audited));
    }

    @AfterEach
    void noAuditTrail() {
        TestCdi.forget();
    }

    @Test
    void aTherapistIsRefusedWhereOnlyOwnersMayAndTheRefusalIsAudited() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Owners.class, "look");

        assertThat(refusalOf(guard, signedIn(Role.THERAPIST))).isEqualTo(403);
        assertThat(audited.lines).containsExactly("REFUSED_REQUEST DENIED GET /owners: the role does not allow it");
    }

    @Test
    void anOwnerOrSomeoneWhoIsAlsoOnePassesWhereOnlyOwnersMay() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Owners.class, "look");

        assertThat(refusalOf(guard, signedIn(Role.OWNER))).isZero();
        assertThat(refusalOf(guard, signedIn(Role.THERAPIST, Role.OWNER))).isZero();
        assertThat(audited.lines).isEmpty();
    }

    @Test
    void noOneSignedInIsAskedToSignInWhereARoleIsNeeded() throws Exception {
        assertThat(refusalOf(theOneGuardOf(Owners.class, "look"), null)).isEqualTo(401);
    }

    @Test
    void aMethodMarkedDenyAllIsRefusedToEveryoneWithAForbidden() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Owners.class, "closed");

        assertThat(refusalOf(guard, signedIn(Role.OWNER))).isEqualTo(403);
        assertThat(refusalOf(guard, null)).isEqualTo(403);
        assertThat(refusalOf(theOneGuardOf(Closed.class, "anything"), signedIn(Role.values())))
                .isEqualTo(403);
    }

    @Test
    void aClassMarkedDenyAllGivesWayToRolesNamedOnTheMethod() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Closed.class, "administrators");

        assertThat(refusalOf(guard, signedIn(Role.ADMIN))).isZero();
        assertThat(refusalOf(guard, signedIn(Role.OWNER))).isEqualTo(403);
    }

    @Test
    void aMethodMarkedNothingNeedsASignedInCallerOfAnyRole() throws Exception {
        ContainerRequestFilter guard = theOneGuardOf(Unmarked.class, "look");

        assertThat(refusalOf(guard, null)).isEqualTo(401);
        for (Role role : Role.values()) {
            assertThat(refusalOf(guard, signedIn(role))).as(role.name()).isZero();
        }
    }

    @Test
    void permitAllTakesNoGuard() throws Exception {
        assertThat(guardsOf(Owners.class, "open")).isEmpty();
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

    private static SignedInUser signedIn(Role... roles) {
        return new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, UUID.randomUUID(), "jo", "Jo Bloggs", Set.of(roles));
    }

    /** The status the guard answers a GET of /owners with; 0 when it lets the request through. */
    private static int refusalOf(ContainerRequestFilter guard, SignedInUser user) throws Exception {
        int[] status = {0};
        SecurityContext caller = fake(SecurityContext.class, (called, args) -> switch (called) {
            case "getUserPrincipal" -> user == null ? null : (Principal) user::username;
            default -> throw new UnsupportedOperationException(called);
        });
        UriInfo address = fake(UriInfo.class, (called, args) -> switch (called) {
            case "getPath" -> "owners";
            case "getPathSegments" -> List.of();
            default -> throw new UnsupportedOperationException(called);
        });
        ContainerRequestContext request = fake(ContainerRequestContext.class, (called, args) -> {
            switch (called) {
                case "abortWith" -> status[0] = ((Response) args[0]).getStatus();
                case "getSecurityContext" -> {
                    return caller;
                }
                case "getProperty" -> {
                    return args[0].equals(SessionAuthentication.SIGNED_IN_USER) ? user : null;
                }
                case "getMethod" -> {
                    return "GET";
                }
                case "getUriInfo" -> {
                    return address;
                }
                default -> throw new UnsupportedOperationException(called);
            }
            return null;
        });
        guard.filter(request);
        return status[0];
    }

    /** CDI as the guard's audit finds it: the audit trail, and nothing else. */
    private static final class TestCdi extends CDI<Object> {

        private final AuditTrail trail;

        TestCdi(AuditTrail trail) {
            this.trail = trail;
        }

        static void forget() {
            configuredProvider = null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
            if (type != AuditTrail.class) {
                throw new UnsupportedOperationException(type.getName());
            }
            return fake(Instance.class, (called, args) -> {
                if (!called.equals("get")) {
                    throw new UnsupportedOperationException(called);
                }
                return trail;
            });
        }

        @Override
        public BeanManager getBeanManager() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instance<Object> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isAmbiguous() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy(Object instance) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Handle<Object> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<Object>> handles() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<Object> iterator() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }
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
