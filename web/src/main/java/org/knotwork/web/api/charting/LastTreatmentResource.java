package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.charting.ChartService;
import org.knotwork.charting.LastTreatment;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.practice.PressureUnit;
import org.knotwork.security.Role;

/**
 * How each of a client's points was treated in its latest signed session: what a new session carries forward for
 * that point, marked as copied in the form. Only this client's own values, built inside the service's transaction.
 */
@Path("clients/{clientId}/last-treatments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class LastTreatmentResource {

    @Inject
    private ChartService charts;

    @Inject
    private PracticeSettingsService practice;

    /** One point's last treatment: the note it comes from, when, and its episodes in order. */
    public record LastTreatmentView(UUID triggerPointId, UUID noteId, Instant sessionAt, List<EpisodeView> episodes) {

        static LastTreatmentView of(LastTreatment last, PressureUnit unit) {
            return new LastTreatmentView(
                    last.triggerPointId(),
                    last.noteId(),
                    last.sessionAt(),
                    last.episodes().stream().map(e -> EpisodeView.of(e, unit)).toList());
        }
    }

    @GET
    public List<LastTreatmentView> read(@PathParam("clientId") UUID clientId) {
        PressureUnit unit = practice.pressureUnit();
        return charts.lastTreatments(
                clientId,
                treatments -> treatments.stream()
                        .map(last -> LastTreatmentView.of(last, unit))
                        .toList());
    }
}
