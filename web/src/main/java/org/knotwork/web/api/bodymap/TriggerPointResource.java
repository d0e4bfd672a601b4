package org.knotwork.web.api.bodymap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.bodymap.TriggerPointService;
import org.knotwork.charting.NoteService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.JsonForm;

/** A trigger point on a client's body map: read it with its history, correct it, take it off as charted in error. */
@Path("trigger-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class TriggerPointResource {

    @Inject
    private TriggerPointService points;

    @Inject
    private NoteService notes;

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") UUID id) {
        return points.read(id, point -> withVersion(Response.ok(), point));
    }

    /** Corrects the point: what the body names replaces what is stored, what it leaves out is kept. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.THERAPIST)
    public Response revise(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TriggerPointForm form) {
        long version = Versions.expected(ifMatch, required(form).corrected().version);
        return points.revise(
                id, version, form::toSpec, notes::treatedInASignedNote, point -> withVersion(Response.ok(), point));
    }

    /** Takes the point off the map as charted in error ({@code {"reason": "..."}}, If-Match); it stays on record. */
    @POST
    @Path("{id}/entered-in-error")
    @RolesAllowed(Role.Names.THERAPIST)
    public Response markEnteredInError(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ErrorForm form) {
        if (form == null) {
            throw new RuleViolationException("Say why the point was charted in error, as a JSON body.");
        }
        return points.markEnteredInError(
                id, Versions.expected(ifMatch, form.version), form.reason, point -> withVersion(Response.ok(), point));
    }

    /** Why a point was charted in error. */
    public static class ErrorForm extends JsonForm {
        @Size(max = 500, message = "The reason is at most 500 characters.")
        public String reason;

        @PositiveOrZero(message = "Version cannot be negative.")
        public Long version;
    }

    static Response withVersion(Response.ResponseBuilder response, TriggerPoint point) {
        return response.entity(TriggerPointView.withHistory(point))
                .tag(new EntityTag(String.valueOf(point.version())))
                .build();
    }

    static TriggerPointForm required(TriggerPointForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the trigger point as a JSON body.");
        }
        return form;
    }
}
