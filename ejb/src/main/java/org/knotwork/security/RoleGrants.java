package org.knotwork.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.platform.ForbiddenException;

/**
 * Who may give whom which roles, and act on whose account (docs/security.md, "Who manages whom"). Managing users must
 * not be a way into clients' records, which administrators do not read:
 *
 * <ul>
 *   <li>nobody changes their own roles;
 *   <li>only a practice owner gives or takes a role that opens clients' records (owner, therapist), and only an owner
 *       resets the password or second factor of, or deactivates, someone who holds one; an administrator manages
 *       administrators;
 *   <li>except the practice's first owner: while the practice has no active owner, an administrator may make someone
 *       else one (the first start creates only the administrator {@code admin}).
 * </ul>
 */
public final class RoleGrants {

    private RoleGrants() {}

    /**
     * Refuses a change of {@code target}'s roles from {@code before} to {@code after} (for a new user: from none) by a
     * caller with {@code callerRoles}; {@code target} is null for a user not yet created.
     */
    public static void requireMayChange(
            UUID callerId,
            Set<Role> callerRoles,
            UUID target,
            Set<Role> before,
            Set<Role> after,
            boolean practiceHasActiveOwner) {
        if (target != null && target.equals(callerId) && !before.equals(after)) {
            throw new ForbiddenException(
                    "Nobody changes their own roles: ask another practice owner or administrator.",
                    "USER",
                    target,
                    null);
        }
        if (callerRoles.contains(Role.OWNER)) {
            return;
        }
        Set<Role> changed = EnumSet.noneOf(Role.class);
        after.stream().filter(role -> !before.contains(role)).forEach(changed::add);
        before.stream().filter(role -> !after.contains(role)).forEach(changed::add);
        Set<Role> clinical = changed.stream().filter(Role::opensClinicalRecords).collect(Collectors.toSet());
        boolean firstOwner = !practiceHasActiveOwner
                && clinical.equals(Set.of(Role.OWNER))
                && after.contains(Role.OWNER)
                && callerRoles.contains(Role.ADMIN);
        if (!clinical.isEmpty() && !firstOwner) {
            throw new ForbiddenException(
                    "Only a practice owner gives or takes the role of "
                            + clinical.stream().sorted().map(Role::label).collect(Collectors.joining(" or "))
                            + ": it opens clients' records. An administrator makes only the practice's first owner.",
                    "USER",
                    target,
                    null);
        }
    }

    /**
     * Refuses resetting the password or second factor of, or deactivating, someone whose roles open clients' records,
     * to a caller who is not a practice owner: whoever sets a password can sign in with it.
     */
    public static void requireMayActOn(Set<Role> callerRoles, UUID target, Set<Role> targetRoles, String action) {
        if (!callerRoles.contains(Role.OWNER) && targetRoles.stream().anyMatch(Role::opensClinicalRecords)) {
            throw new ForbiddenException(
                    "Only a practice owner may " + action + " of someone who opens clients' records.",
                    "USER",
                    target,
                    null);
        }
    }
}
