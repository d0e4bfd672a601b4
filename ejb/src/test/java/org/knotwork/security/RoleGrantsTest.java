package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.ForbiddenException;

/** Managing users is no way into clients' records (docs/security.md, "Who manages whom"). */
class RoleGrantsTest {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID SOMEONE = UUID.randomUUID();
    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> OWNER = Set.of(Role.OWNER);

    @Test
    void nobodyChangesTheirOwnRolesNotEvenAnOwner() {
        assertThatThrownBy(
                        () -> RoleGrants.requireMayChange(ME, ADMIN, ME, ADMIN, Set.of(Role.ADMIN, Role.OWNER), true))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Nobody changes their own roles");
        assertThatThrownBy(() -> RoleGrants.requireMayChange(ME, OWNER, ME, OWNER, Set.of(Role.ADMIN), true))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> RoleGrants.requireMayChange(ME, ADMIN, ME, ADMIN, ADMIN, true))
                .as("sending the same roles changes nothing")
                .doesNotThrowAnyException();
    }

    @Test
    void anAdministratorNeitherGivesNorTakesTheRolesThatOpenClientsRecords() {
        for (Role clinical : new Role[] {Role.OWNER, Role.THERAPIST}) {
            assertThatThrownBy(() -> RoleGrants.requireMayChange(ME, ADMIN, SOMEONE, ADMIN, Set.of(clinical), true))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("Only a practice owner gives or takes the role of " + clinical.label());
            assertThatThrownBy(() -> RoleGrants.requireMayChange(ME, ADMIN, null, Set.of(), Set.of(clinical), true))
                    .as("nor creates a user with one")
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() ->
                            RoleGrants.requireMayChange(ME, ADMIN, SOMEONE, Set.of(clinical, Role.ADMIN), ADMIN, true))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatCode(() -> RoleGrants.requireMayChange(ME, ADMIN, null, Set.of(), ADMIN, true))
                .as("administrators manage administrators")
                .doesNotThrowAnyException();
    }

    @Test
    void anAdministratorMakesThePracticesFirstOwnerAndOnlyWhileThereIsNone() {
        assertThatCode(() -> RoleGrants.requireMayChange(ME, ADMIN, null, Set.of(), OWNER, false))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        RoleGrants.requireMayChange(ME, ADMIN, SOMEONE, ADMIN, Set.of(Role.ADMIN, Role.OWNER), false))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> RoleGrants.requireMayChange(ME, ADMIN, ME, ADMIN, Set.of(Role.ADMIN, Role.OWNER), false))
                .as("not themselves")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> RoleGrants.requireMayChange(
                        ME, ADMIN, null, Set.of(), Set.of(Role.OWNER, Role.THERAPIST), false))
                .as("the therapist's role still needs an owner")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anOwnerGivesAndTakesEveryRoleOfOthers() {
        assertThatCode(() -> RoleGrants.requireMayChange(
                        ME, OWNER, SOMEONE, Set.of(Role.THERAPIST), Set.of(Role.OWNER, Role.ADMIN), true))
                .doesNotThrowAnyException();
        assertThatCode(() -> RoleGrants.requireMayActOn(OWNER, SOMEONE, Set.of(Role.THERAPIST), "set the password"))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyAnOwnerSetsThePasswordOfOrEndsTheAccessOfSomeoneWhoOpensClientsRecords() {
        assertThatThrownBy(() -> RoleGrants.requireMayActOn(ADMIN, SOMEONE, OWNER, "set the password"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only a practice owner may set the password of someone who opens clients' records.");
        assertThatThrownBy(() -> RoleGrants.requireMayActOn(ADMIN, SOMEONE, Set.of(Role.THERAPIST), "end the access"))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> RoleGrants.requireMayActOn(ADMIN, SOMEONE, ADMIN, "set the password"))
                .doesNotThrowAnyException();
    }
}
