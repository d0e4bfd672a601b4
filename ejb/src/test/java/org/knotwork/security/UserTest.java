package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    static User therapist(String username) {
        return User.create(username, "Jo Bloggs", HASH, Set.of(Role.THERAPIST), NOW);
    }

    @Test
    void usernamesAreKeptInLowerCaseSoSignInIgnoresCase() {
        User user = therapist("  Jo.Bloggs ");

        assertThat(user.username()).isEqualTo("jo.bloggs");
        assertThat(user.isActive()).isTrue();
    }

    @Test
    void usernamesWithSpacesOrSymbolsAreRefused() {
        assertThatThrownBy(() -> therapist("jo bloggs"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 to 60 letters");
        assertThatThrownBy(() -> therapist("j"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 to 60");
    }

    @Test
    void aUserNeedsAtLeastOneRole() {
        assertThatThrownBy(() -> User.create("jo", "Jo", HASH, Set.of(), NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A user needs at least one role.");

        User user = therapist("jo");
        assertThatThrownBy(() -> user.revoke(Role.THERAPIST, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A user needs at least one role.");
        assertThat(user.roles()).containsExactly(Role.THERAPIST);
    }

    @Test
    void grantingAndRevokingRolesChangesWhatTheUserMayDo() {
        User owner = User.create("sam", "Sam", HASH, Set.of(Role.OWNER), NOW);
        assertThat(owner.managesUsers()).isTrue();

        owner.grant(Role.THERAPIST, NOW.plusSeconds(60));
        owner.revoke(Role.OWNER, NOW.plusSeconds(120));

        assertThat(owner.roles()).containsExactly(Role.THERAPIST);
        assertThat(owner.has(Role.OWNER)).isFalse();
        assertThat(owner.managesUsers()).isFalse();
        assertThat(owner.updatedAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void onlyOwnersAndAdministratorsManageUsersAndOnlyTherapistsChart() {
        assertThat(Role.OWNER.managesUsers()).isTrue();
        assertThat(Role.ADMIN.managesUsers()).isTrue();
        assertThat(Role.THERAPIST.managesUsers()).isFalse();
    }

    @Test
    void aDeactivatedUserCanNeitherSignInNorManageUsers() {
        User admin = User.create("admin", "Admin", HASH, Set.of(Role.ADMIN), NOW);

        admin.deactivate(NOW.plusSeconds(60));

        assertThat(admin.isActive()).isFalse();
        assertThat(admin.managesUsers()).isFalse();
    }

    @Test
    void aResetPasswordMustBeChangedAndAChosenOneNeedNot() {
        User user = therapist("jo");

        user.resetPassword("PBKDF2WithHmacSHA512:210000:b3RoZXI=:aGFzaA==", NOW.plusSeconds(60));

        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.updatedAt()).isEqualTo(NOW.plusSeconds(60));

        user.changePassword("PBKDF2WithHmacSHA512:210000:bWluZQ==:aGFzaA==", NOW.plusSeconds(120));

        assertThat(user.mustChangePassword()).isFalse();
    }
}
