package org.knotwork.web.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.ContraindicationSites;
import org.knotwork.charting.NoteService;
import org.knotwork.client.ClientService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.web.api.bodymap.ContraindicationSiteResource;
import org.knotwork.web.api.charting.NoteResource;
import org.knotwork.web.api.client.AssignmentForm;
import org.knotwork.web.api.client.ClientTherapistsResource;

/**
 * Discarding or signing a draft, replacing a client's contraindication sites and assigning their therapists need the
 * version the caller read, as every other change does: without {@code If-Match} the request is refused with 400 naming
 * it, before any service runs (the services here are not wired: reaching one would fail otherwise).
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

    private static void assertRefusedNamingIfMatch(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("If-Match"))
                .hasMessageContaining("If-Match");
    }
}
