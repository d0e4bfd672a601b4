package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.knotwork.charting.NoteInput;
import org.knotwork.charting.NoteService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.practice.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.security.UserService;
import org.knotwork.web.api.json.ConstraintsAnsweredByTheResource;
import org.knotwork.web.api.problem.ConstraintViolationMapper;
import org.knotwork.web.api.problem.Problem;

/**
 * Starts the note of a session with a client, as a draft; says which draft of the caller's is still open; previews what
 * a session would show before it is saved.
 */
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

    @Inject
    private Validator validator;

    @Context
    private UriInfo uriInfo;

    /**
     * The deviations the session would show if saved now, and the fields a save would refuse: 200 either way, since
     * a half-typed session is not a mistake. Nothing is stored or audited.
     */
    @POST
    @Path("preview")
    public NotePreviewView preview(
            @PathParam("clientId") UUID clientId, @ConstraintsAnsweredByTheResource NoteForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        validator.validate(NoteResource.required(form)).stream()
                .map(v -> new Problem.FieldError(ConstraintViolationMapper.fieldOf(v), v.getMessage()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            return NotePreviewView.refused(sorted(errors));
        }
        NoteInput input = form.toInput(
                practice.pressureUnit(),
                refused -> errors.add(new Problem.FieldError(refused.field(), refused.getMessage())));
        if (!errors.isEmpty()) {
            return NotePreviewView.refused(sorted(errors));
        }
        try {
            return NotePreviewView.of(notes.preview(clientId, input));
        } catch (RuleViolationException refused) {
            return NotePreviewView.refused(List.of(new Problem.FieldError(refused.field(), refused.getMessage())));
        }
    }

    private static List<Problem.FieldError> sorted(List<Problem.FieldError> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(e -> e.field() == null ? "" : e.field()))
                .toList();
    }

    /**
     * The caller's draft of a session with this client that is still open, or 204 when there is none: the session page
     * asks before it starts a new one, so that a second draft is never made beside it unseen.
     */
    @GET
    @Path("open-draft")
    public Response openDraft(@PathParam("clientId") UUID clientId) {
        return notes.openDraft(clientId, OpenDraftView::of)
                .map(Response::ok)
                .orElseGet(Response::noContent)
                .build();
    }

    /**
     * Starts a session's draft; while the caller has a draft of this client open, only with {@code besideOpenDraft:
     * true} (otherwise 409 naming the draft, its id in {@code records}).
     */
    @POST
    public Response open(@PathParam("clientId") UUID clientId, NoteForm form) {
        PressureUnit unit = practice.pressureUnit();
        return notes.open(
                clientId,
                NoteResource.required(form).toInput(unit),
                form.besideOpenDraft(),
                note -> NoteResource.withVersion(
                        Response.created(uriInfo.getBaseUriBuilder()
                                .path("notes/" + note.id())
                                .build()),
                        note,
                        unit,
                        users));
    }
}
