package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.ContraindicationSites;
import org.knotwork.charting.NoteService;
import org.knotwork.client.ClientService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.Role;
import org.knotwork.security.SecondFactorPolicy;
import org.knotwork.security.UserService;
import org.knotwork.web.api.bodymap.ContraindicationSiteResource;
import org.knotwork.web.api.charting.NoteResource;
import org.knotwork.web.api.client.AssignmentForm;
import org.knotwork.web.api.client.ClientTherapistsResource;
import org.knotwork.web.api.security.PracticeSettingsResource;
import org.knotwork.web.api.security.RolesForm;
import org.knotwork.web.api.security.SecondFactorPolicyResource;
import org.knotwork.web.api.security.UserResource;

/**
 * Discarding or signing a draft, replacing a client's contraindication sites, assigning their therapists, changing a
 * user's roles, the second-factor policy or the logo need the version the caller read, as every other change does:
 * without {@code If-Match} the request is refused with 400 naming it, before any service runs (the services here are
 * not wired: reaching one would fail otherwise).
 */
class RequiredVersionTest {

    static final UUID ID = UUID.randomUUID();

    @Test
    void discardingADraftWithoutIfMatchIsRefusedNamingIt() {
        NoteResource notes = wired(new NoteResource(), Map.of("notes", new NoteService()));

        assertRefusedNamingIfMatch(() -> notes.discard(ID, null));
        assertRefusedNamingIfMatch(() -> notes.discard(ID, " "));
    }

    @Test
    void signingWithoutIfMatchIsRefusedNamingIt() {
        NoteResource notes = wired(new NoteResource(), Map.of("notes", new NoteService()));

        assertRefusedNamingIfMatch(() -> notes.sign(ID, null));
        assertRefusedNamingIfMatch(() -> notes.sign(ID, ""));
    }

    @Test
    void replacingSitesWithoutIfMatchIsRefusedNamingIt() {
        ContraindicationSiteResource sites =
                wired(new ContraindicationSiteResource(), Map.of("sites", new ContraindicationSites()));
        ContraindicationSiteResource.SitesForm form = new ContraindicationSiteResource.SitesForm();
        form.sites = Map.of();

        assertRefusedNamingIfMatch(() -> sites.replace(ID, null, form));
    }

    @Test
    void assigningTherapistsWithoutIfMatchIsRefusedNamingIt() {
        ClientTherapistsResource carers = wired(new ClientTherapistsResource(), Map.of("clients", new ClientService()));
        AssignmentForm form = new AssignmentForm();
        form.therapistIds = List.of();

        assertRefusedNamingIfMatch(() -> carers.assign(ID, null, form));
    }

    @Test
    void changingRolesWithoutIfMatchIsRefusedNamingIt() {
        UserResource users = wired(new UserResource(), Map.of("users", new UserService()));
        RolesForm form = new RolesForm();
        form.roles = List.of("THERAPIST");

        assertRefusedNamingIfMatch(() -> users.changeRoles(ID, null, form));
    }

    @Test
    void changingTheSecondFactorPolicyWithoutIfMatchIsRefusedNamingIt() {
        SecondFactorPolicyResource policy =
                wired(new SecondFactorPolicyResource(), Map.of("policy", new SecondFactorPolicy()));
        SecondFactorPolicyResource.PolicyForm form = new SecondFactorPolicyResource.PolicyForm();
        form.requiredFor = List.of();

        assertRefusedNamingIfMatch(() -> policy.change(null, form));
    }

    @Test
    void replacingOrRemovingTheLogoWithoutIfMatchIsRefusedNamingIt() {
        PracticeSettingsResource settings =
                wired(new PracticeSettingsResource(), Map.of("practice", new PracticeSettingsService()));

        assertRefusedNamingIfMatch(() -> settings.replaceLogo(null, "image/png", new byte[] {1}));
        assertRefusedNamingIfMatch(() -> settings.removeLogo(" "));
    }

    @Test
    void eachSetOfRolesHasItsOwnPolicyVersion() {
        Set<Long> versions = new HashSet<>();
        for (int mask = 0; mask < 1 << Role.values().length; mask++) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if ((mask & 1 << role.ordinal()) != 0) {
                    roles.add(role);
                }
            }
            versions.add(SecondFactorPolicy.version(roles));
        }
        org.assertj.core.api.Assertions.assertThat(versions).hasSize(1 << Role.values().length);
    }

    private static void assertRefusedNamingIfMatch(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("If-Match"))
                .hasMessageContaining("If-Match");
    }
}
