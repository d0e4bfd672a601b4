package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.knotwork.charting.NoteService;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.security.PracticeSettingsService;
import org.knotwork.security.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.security.UserService;

/** Starts the note of a session with a client, as a draft. */
@Path("clients/{clientId}/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.THERAPIST)
public class ClientNoteResource {

    @Inject
    private NoteService notes;

    @Inject
    private PracticeSettingsService practice;

    @Inject
    private UserService users;

    @Context
    private UriInfo uriInfo;

    @POST
    public Response open(@PathParam("clientId") UUID clientId, @Valid NoteForm form) {
        PressureUnit unit = practice.current().pressureUnit();
        TreatmentNote note = notes.open(clientId, NoteResource.required(form).toInput(unit));
        return NoteResource.withVersion(
                Response.created(
                        uriInfo.getBaseUriBuilder().path("notes/" + note.id()).build()),
                note,
                unit,
                users);
    }
}
