package org.knotwork.web.api.handout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.knotwork.handout.HandoutPreferences;
import org.knotwork.handout.HandoutPreferencesService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;

/** The language and print size of a client's home-care sheet, part of their record; ETag = version (-1: never set). */
@Path("clients/{id}/handout-preferences")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoutPreferencesResource {

    @Inject
    private HandoutPreferencesService preferences;

    @GET
    public Response read(@PathParam("id") UUID id) {
        return preferences.read(id, HandoutPreferencesResource::withVersion);
    }

    @PUT
    public Response choose(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, HandoutPreferencesForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the language and print size as a JSON body.");
        }
        if (form.sent("language") && (form.language == null || form.language.isBlank())) {
            throw new RuleViolationException("language", "Choose the language of the client's sheet.");
        }
        if (form.sent("printSize") && (form.printSize == null || form.printSize.isBlank())) {
            throw new RuleViolationException("printSize", "Choose standard or large print.");
        }
        return preferences.choose(
                id,
                Versions.expected(ifMatch, form.version),
                form.sent("language") ? SheetOptions.language(form.language) : null,
                form.sent("printSize") ? SheetOptions.print(form.printSize, "printSize") : null,
                HandoutPreferencesResource::withVersion);
    }

    private static Response withVersion(HandoutPreferences chosen) {
        return Response.ok(HandoutPreferencesView.of(chosen))
                .tag(new EntityTag(String.valueOf(chosen.version())))
                .build();
    }
}
