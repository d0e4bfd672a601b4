package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PracticeSettings;
import org.knotwork.practice.PracticeSettingsService;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.TakesNoBody;

/** How the practice works: everyone signed in reads it, owners and administrators change it. */
@Path("practice-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeSettingsResource {

    @Inject
    private PracticeSettingsService practice;

    @GET
    public Response read() {
        return practice.current(PracticeSettingsResource::withVersion);
    }

    /** Changes the settings named in the body; those left out keep their value. Audited with before and after. */
    @PUT
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PracticeSettingsForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the practice settings as a JSON body.");
        }
        long expectedVersion = Versions.expected(ifMatch, form.version);
        return practice.change(expectedVersion, form::toRules, PracticeSettingsResource::withVersion);
    }

    /** The handouts' letterhead: the practice's name, contact lines and the phone every handout prints. */
    @PUT
    @Path("letterhead")
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
    public Response changeLetterhead(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LetterheadForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the practice name, contact and phone as a JSON body.");
        }
        return practice.changeLetterhead(
                Versions.expected(ifMatch, form.version), form::toLetterhead, PracticeSettingsResource::withVersion);
    }

    /**
     * The logo. {@code v} is any text, ignored: the settings page puts the time in the image's address so that the
     * browser, which keeps an image shown once for the page's life whatever the cache headers say, shows a new logo.
     */
    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg"})
    public Response logo(@QueryParam("v") String shownAt) {
        return practice.logo(logo -> Response.ok(logo.image(), logo.mediaType()).build())
                .orElseThrow(() -> new NotFoundException("The practice has no logo."));
    }

    /**
     * The logo printed on handouts: a PNG or JPEG of at most 256 KiB, sent as the request body. Needs {@code If-Match},
     * the settings' version as read (400 without it; 409 when saved since); answers with their new version as the ETag.
     */
    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg"})
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
    public Response replaceLogo(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            byte[] image) {
        int version = practice.replaceLogo(
                Versions.expected(ifMatch),
                image,
                mediaType == null ? null : mediaType.split(";")[0].strip().toLowerCase());
        return noContent(version);
    }

    /** Removes the logo; needs {@code If-Match} as replacing it does. */
    @DELETE
    @TakesNoBody
    @Path("logo")
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
    public Response removeLogo(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return noContent(practice.removeLogo(Versions.expected(ifMatch)));
    }

    private static Response noContent(int version) {
        return Response.noContent().tag(new EntityTag(String.valueOf(version))).build();
    }

    private static Response withVersion(PracticeSettings settings) {
        return Response.ok(PracticeSettingsView.of(settings))
                .tag(new EntityTag(String.valueOf(settings.version())))
                .build();
    }
}
