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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.SelfCareEdition;
import org.knotwork.handout.SelfCareService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;

/** What clients are taught for a muscle: everyone signed in reads it, administrators correct it. */
@Path("muscles/{code}/self-care")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfCareResource {

    @Inject
    private SelfCareService selfCare;

    @GET
    public Response read(@PathParam("code") String code, @QueryParam("language") String language) {
        return withVersion(selfCare.read(code, language(language)));
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    public Response revise(
            @PathParam("code") String code,
            @QueryParam("language") String language,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SelfCareForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the self-care texts as a JSON body.");
        }
        return withVersion(selfCare.revise(
                code,
                language(language),
                Versions.expected(ifMatch, form.version),
                form::toText,
                form.confirmsTranslation()));
    }

    /** English unless another shipped language is asked for. */
    private static HandoutLanguage language(String language) {
        HandoutLanguage asked = SheetOptions.language(language);
        return asked == null ? HandoutLanguage.EN : asked;
    }

    private static Response withVersion(SelfCareEdition care) {
        return Response.ok(SelfCareView.of(care))
                .tag(new EntityTag(String.valueOf(care.version())))
                .build();
    }
}
