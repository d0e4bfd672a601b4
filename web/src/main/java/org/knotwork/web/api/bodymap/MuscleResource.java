package org.knotwork.web.api.bodymap;

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
import java.util.List;
import org.knotwork.bodymap.MuscleCatalogue;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;

/**
 * The muscle catalogue, for picking a point's muscle and suggesting the one under a tap; administrators correct a
 * muscle's referred-pain description and SNOMED CT code.
 */
@Path("muscles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MuscleResource {

    @Inject
    private MuscleCatalogue catalogue;

    @GET
    public List<MuscleView> list() {
        return catalogue.all(MuscleView::of);
    }

    /** The muscle's stretches for the home-care sheet, each with the position it is done in and what it stretches. */
    @GET
    @Path("{code}/stretches")
    public List<StretchView> stretches(@PathParam("code") String code) {
        return catalogue.stretches(code, StretchView::of);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    public Response describe(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MuscleDescriptionForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the referred pain and SNOMED CT code as a JSON body.");
        }
        return catalogue.describe(
                code,
                Versions.expected(ifMatch, form.version),
                form::toDescription,
                muscle -> Response.ok(MuscleView.of(muscle))
                        .tag(new EntityTag(String.valueOf(muscle.version())))
                        .build());
    }
}
