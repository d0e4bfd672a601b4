package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.web.api.bodymap.ContraindicationSiteResource;
import org.knotwork.web.api.client.AssignmentForm;
import org.knotwork.web.api.client.ClientForm;
import org.knotwork.web.api.security.RolesForm;
import org.knotwork.web.api.security.SecondFactorPolicyResource;
import org.knotwork.web.api.security.UserForm;

/** A code, role, therapist or region sent twice in one list is refused, naming the list, never merged into one. */
class EachOnceTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aContraindicationListedTwiceIsRefused() {
        ClientForm form = new ClientForm();
        form.contraindications = List.of("DVT_HISTORY", "OSTEOPOROSIS", "DVT_HISTORY");
        assertThat(messages(form, "contraindications"))
                .containsExactly("List each contraindication once. Entry 3 repeats entry 1.");
        form.contraindications = List.of("DVT_HISTORY", "OSTEOPOROSIS");
        assertThat(messages(form, "contraindications")).isEmpty();
    }

    @Test
    void aRoleListedTwiceIsRefusedWhereverRolesAreGiven() {
        RolesForm roles = new RolesForm();
        roles.roles = List.of("THERAPIST", "THERAPIST");
        assertThat(messages(roles, "roles")).containsExactly("List each role once. Entry 2 repeats entry 1.");
        UserForm user = new UserForm();
        user.roles = List.of("OWNER", "THERAPIST", "OWNER");
        assertThat(messages(user, "roles")).containsExactly("List each role once. Entry 3 repeats entry 1.");
        SecondFactorPolicyResource.PolicyForm policy = new SecondFactorPolicyResource.PolicyForm();
        policy.requiredFor = List.of("ADMIN", "ADMIN");
        assertThat(messages(policy, "requiredFor")).containsExactly("List each role once. Entry 2 repeats entry 1.");
    }

    @Test
    void aTherapistAssignedTwiceIsRefused() {
        UUID therapist = UUID.randomUUID();
        AssignmentForm form = new AssignmentForm();
        form.therapistIds = List.of(UUID.randomUUID(), therapist, therapist);
        assertThat(messages(form, "therapistIds"))
                .containsExactly("List each therapist once. Entry 3 repeats entry 2.");
    }

    @Test
    void aRegionGivenTwiceForOneContraindicationIsRefusedNamingItsPlace() {
        ContraindicationSiteResource.SitesForm form = new ContraindicationSiteResource.SitesForm();
        form.sites = Map.of("RECENT_TRAUMA", List.of("SHOULDER", "SHOULDER"));
        assertThatThrownBy(() -> new ContraindicationSiteResource().replace(UUID.randomUUID(), "\"1\"", form))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sites.RECENT_TRAUMA[1]"));
    }

    private static Set<String> messages(Object form, String field) {
        return VALIDATOR.validate(form).stream()
                .filter(v -> v.getPropertyPath().toString().equals(field))
                .map(ConstraintViolation::getMessage)
                .collect(java.util.stream.Collectors.toSet());
    }
}
