package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.knotwork.security.PracticeSettingsService;
import org.knotwork.security.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.security.UserService;
import org.knotwork.web.api.Versions;

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
        return ok(notes.read(id));
    }

    @PUT
    public Response save(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid NoteForm form) {
        long version = Versions.expected(ifMatch, required(form).version);
        return ok(notes.save(id, version, form.toInput(unit())));
    }

    /** Throws away a draft of the caller's; a signed note is never deleted (409). */
    @DELETE
    public Response discard(@PathParam("id") UUID id) {
        notes.discard(id);
        return Response.noContent().build();
    }

    /** Signs the draft whose version the caller names (If-Match): what they reviewed is what gets signed. */
    @POST
    @Path("signature")
    public Response sign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(notes.sign(id, Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("amendments")
    public Response amend(@PathParam("id") UUID id, @Valid AmendmentForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the amendment's reason and text as a JSON body.");
        }
        return withVersion(
                Response.status(Response.Status.CREATED), notes.amend(id, form.reason, form.text), unit(), users);
    }

    /** A correction to a signed note. */
    public static class AmendmentForm {
        @Size(max = 500, message = "The reason is at most 500 characters.")
        public String reason;

        @Size(max = 4000, message = "The amendment is at most 4000 characters.")
        public String text;
    }

    private Response ok(TreatmentNote note) {
        return withVersion(Response.ok(), note, unit(), users);
    }

    private PressureUnit unit() {
        return practice.current().pressureUnit();
    }

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
