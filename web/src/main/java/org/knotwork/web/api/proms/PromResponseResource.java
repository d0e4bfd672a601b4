package org.knotwork.web.api.proms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.proms.PromService;
import org.knotwork.proms.PromTrend;
import org.knotwork.security.Role;
import org.knotwork.web.api.json.JsonForm;

/** A client's questionnaire answers: recorded at intake or at a session, scored by the server, shown as a trend. */
@Path("clients/{clientId}/questionnaire-responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class PromResponseResource {

    @Inject
    private PromService proms;

    @GET
    public PromTrend trend(@PathParam("clientId") UUID clientId) {
        return proms.trend(clientId);
    }

    @POST
    @RolesAllowed(Role.Names.THERAPIST)
    public Response record(@PathParam("clientId") UUID clientId, ResponseForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the answers as a JSON body.");
        }
        ResponseView response = proms.record(
                clientId, form.measure.strip(), form.noteId, form.answeredAt, form.toAnswers(), ResponseView::of);
        return Response.status(Response.Status.CREATED).entity(response).build();
    }

    @POST
    @Path("{responseId}/withdrawal")
    @RolesAllowed(Role.Names.THERAPIST)
    public ResponseView withdraw(
            @PathParam("clientId") UUID clientId, @PathParam("responseId") UUID responseId, WithdrawalForm form) {
        return proms.withdraw(clientId, responseId, form == null ? null : form.reason, ResponseView::of);
    }

    /** Why answers recorded in error are withdrawn. */
    public static class WithdrawalForm extends JsonForm {
        @Size(max = 500, message = "The reason is at most 500 characters.")
        public String reason;
    }
}
