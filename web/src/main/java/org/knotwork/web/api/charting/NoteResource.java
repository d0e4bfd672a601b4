package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.knotwork.charting.NoteService;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.practice.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.security.UserService;
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.TakesNoBody;

/** A treatment note: read it, save the draft again, sign it, amend it once signed. */
@Path("notes/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.THERAPIST)
public class NoteResource {

    @Inject
    private NoteService notes;

    @Inject
    private PracticeSettingsService practice;

    @Inject
    private UserService users;

    @GET
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
    public Response read(@PathParam("id") UUID id) {
        PressureUnit unit = unit();
        return notes.read(id, note -> withVersion(Response.ok(), note, unit, users));
    }

    /** Saves the draft again: what the body names replaces what is stored, what it leaves out is kept. */
    @PUT
    public Response save(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NoteForm form) {
        long version = Versions.expected(ifMatch, required(form).savedAgain().version);
        PressureUnit unit = unit();
        return notes.save(
                id,
                version,
                current -> form.toInput(unit, current),
                note -> withVersion(Response.ok(), note, unit, users));
    }

    /**
     * Throws away a draft of the caller's; a signed note is never deleted (409). Only the version the caller read
     * ({@code If-Match}, required): a draft saved since is kept (409).
     */
    @DELETE
    @TakesNoBody
    public Response discard(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        notes.discard(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    /** Signs the draft whose version the caller names (If-Match): what they reviewed is what gets signed. */
    @POST
    @Path("signature")
    public Response sign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Versions.expected(ifMatch);
        PressureUnit unit = unit();
        return notes.sign(id, version, note -> withVersion(Response.ok(), note, unit, users));
    }

    @POST
    @Path("amendments")
    public Response amend(@PathParam("id") UUID id, AmendmentForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the amendment's reason and text as a JSON body.");
        }
        PressureUnit unit = unit();
        return notes.amend(
                id,
                form.reason,
                form.text,
                note -> withVersion(Response.status(Response.Status.CREATED), note, unit, users));
    }

    /** A correction to a signed note. */
    public static class AmendmentForm extends JsonForm {
        @Size(max = 500, message = "The reason is at most 500 characters.")
        public String reason;

        @Size(max = 4000, message = "The amendment is at most 4000 characters.")
        public String text;
    }

    private PressureUnit unit() {
        return practice.pressureUnit();
    }

    /** Inside the note service's transaction: the view, with the names of who signed and amended it. */
    static Response withVersion(
            Response.ResponseBuilder response, TreatmentNote note, PressureUnit unit, UserService users) {
        Set<UUID> people = new HashSet<>();
        people.add(note.therapistId());
        note.amendments().forEach(a -> people.add(a.authorId()));
        return response.entity(NoteView.of(note, unit, users.displayNames(people)))
                .tag(new EntityTag(String.valueOf(note.version())))
                .build();
    }

    static NoteForm required(NoteForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the note as a JSON body.");
        }
        return form;
    }
}
