package org.knotwork.web.api.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.PracticeSettings;
import org.knotwork.security.PracticeSettingsService;
import org.knotwork.security.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;

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
        return withVersion(practice.current());
    }

    @PUT
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid PracticeSettingsForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the practice settings as a JSON body.");
        }
        long expectedVersion = Versions.expected(ifMatch, form.version);
        return withVersion(practice.change(
                expectedVersion,
                form.ownClientsOnly,
                form.compressionDiscomfortThreshold,
                PressureUnit.valueOf(form.pressureUnit)));
    }

    private static Response withVersion(PracticeSettings settings) {
        return Response.ok(PracticeSettingsView.of(settings))
                .tag(new EntityTag(String.valueOf(settings.version())))
                .build();
    }
}
