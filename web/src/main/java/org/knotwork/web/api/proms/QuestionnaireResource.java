package org.knotwork.web.api.proms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.knotwork.fhir.Fhir;
import org.knotwork.platform.JsonP;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.proms.PromService;
import org.knotwork.proms.QuestionnaireDefinition;
import org.knotwork.security.Role;
import org.knotwork.web.api.json.StrictDocuments;

/**
 * The outcome questionnaires: the list the session form asks from, each as a FHIR Questionnaire, and loading a
 * licensed one ({@code {"licence": "...", "questionnaire": {FHIR Questionnaire}}}), which only the owner may.
 */
@Path("questionnaires")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class QuestionnaireResource {

    @Inject
    private PromService proms;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MeasureView> measures() {
        return proms.measures().stream().map(MeasureView::of).toList();
    }

    /** A loaded questionnaire exactly as the practice gave it (the shipped ones are in GET /api/fhir/conformance). */
    @GET
    @Path("{code}")
    @Produces({Fhir.MEDIA_TYPE, "application/json", "application/problem+json"})
    public Response definition(@PathParam("code") String code) {
        return Response.ok(proms.definition(code, QuestionnaireDefinition::definition), Fhir.MEDIA_TYPE)
                .build();
    }

    @POST
    @RolesAllowed(Role.Names.OWNER)
    @Consumes({MediaType.APPLICATION_JSON, Fhir.MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    public Response load(byte[] body) {
        JsonObject form;
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(StrictDocuments.jsonObject(body)))) {
            form = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleViolationException("Send {\"licence\": \"...\", \"questionnaire\": {...}} as JSON.");
        }
        for (String field : form.keySet()) {
            if (!Set.of("licence", "questionnaire").contains(field)) {
                throw new RuleViolationException(field, "Unknown field " + field + ": send licence and questionnaire.");
            }
        }
        if (!(form.get("questionnaire") instanceof JsonObject questionnaire)) {
            throw new RuleViolationException("questionnaire", "Send the FHIR Questionnaire as an object.");
        }
        String licence = form.get("licence") instanceof JsonString s ? s.getString() : null;
        MeasureView loaded =
                proms.load(questionnaire.toString(), licence, definition -> MeasureView.of(definition.measure()));
        return Response.status(Response.Status.CREATED).entity(loaded).build();
    }
}
