package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.StaleVersionException;

/**
 * Which roles must sign in with a second factor, as the practice owner chose (for example owners and
 * administrators, who can read or change everyone's access). Someone holding any such role needs it.
 */
@Stateless
public class SecondFactorPolicy {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public Set<Role> requiredFor() {
        List<?> rows =
                em.createNativeQuery("select role from second_factor_roles").getResultList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.add(Role.valueOf((String) row)));
        return roles;
    }

    /**
     * The policy's version, which {@code If-Match} names: the table keeps no counter, so it is derived from the roles
     * themselves, one bit per role. Each set of roles has its own, so a page that read another set is refused; a set
     * changed and changed back reads as unchanged, which loses nothing, as the page saw those very roles.
     */
    public static long version(Set<Role> roles) {
        return roles.stream().mapToLong(role -> 1L << role.ordinal()).sum();
    }

    public boolean requires(Set<Role> roles) {
        Set<Role> required = requiredFor();
        return roles.stream().anyMatch(required::contains);
    }

    /**
     * Replaces the roles that need a second factor with what {@code edit} makes of the current ones; counts from each
     * user's next sign-in; the same roles again change nothing and are not recorded. Changes are taken one at a time,
     * so two owners saving at once never collide on a row; one made after the caller read {@code expectedVersion}
     * ({@link #version}) is refused (409), not silently undone.
     */
    public Set<Role> change(long expectedVersion, UnaryOperator<Set<Role>> edit) {
        em.createNativeQuery("lock table second_factor_roles in share row exclusive mode")
                .executeUpdate();
        Set<Role> before = requiredFor();
        if (version(before) != expectedVersion) {
            throw new StaleVersionException("The second-factor rule", "it now requires it of " + names(before));
        }
        Set<Role> roles = edit.apply(requiredFor());
        if (before.equals(roles)) {
            return before;
        }
        em.createNativeQuery("delete from second_factor_roles").executeUpdate();
        for (Role role : roles) {
            em.createNativeQuery("insert into second_factor_roles (role) values (?1)")
                    .setParameter(1, role.name())
                    .executeUpdate();
        }
        audit.record(
                AuditAction.SECOND_FACTOR_POLICY_CHANGED,
                "PRACTICE",
                null,
                null,
                AuditOutcome.SUCCESS,
                "required for " + names(before) + " before, " + names(roles) + " now");
        return requiredFor();
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty()
                ? "nobody"
                : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
