package org.knotwork.web.api.handout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.UUID;
import org.knotwork.handout.EmailedHandout;
import org.knotwork.handout.HandoutPdf;
import org.knotwork.handout.HandoutService;
import org.knotwork.handout.PaperSize;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;

/**
 * A note's home-care handout as a PDF download (issued and recorded for a signed note, a preview for a draft), or
 * e-mailed to the client (signed notes only). In the client's language and print size unless {@code language} or
 * {@code print} ask for another. Who may read the note may have its handout.
 */
@Path("notes/{id}/handout")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class HandoutResource {

    static final String PDF = "application/pdf";

    @Inject
    private HandoutService handouts;

    @GET
    @Produces({PDF, "application/problem+json"})
    public Response handout(
            @PathParam("id") UUID id,
            @QueryParam("paper") @DefaultValue("A4") String paper,
            @QueryParam("print") String print,
            @QueryParam("language") String language) {
        HandoutPdf handout =
                handouts.handout(id, paperSize(paper), SheetOptions.print(print), SheetOptions.language(language));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        // The length, known here, spares the sheet of about 125 kB being sent in chunks.
        return Response.ok(handout.pdf(), PDF)
                .header(HttpHeaders.CONTENT_LENGTH, handout.pdf().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + handout.fileName() + "\"")
                .header("X-Handout-SHA256", handout.sha256())
                .header("X-Handout-Status", handout.preview() ? "PREVIEW" : "ISSUED")
                .cacheControl(noStore)
                .build();
    }

    /** E-mails the signed note's sheet to the client's address; the answer says where it went. */
    @POST
    @Path("email")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public EmailedHandout email(
            @PathParam("id") UUID id,
            @QueryParam("paper") @DefaultValue("A4") String paper,
            @QueryParam("print") String print,
            @QueryParam("language") String language) {
        return handouts.email(id, paperSize(paper), SheetOptions.print(print), SheetOptions.language(language));
    }

    static PaperSize paperSize(String paper) {
        return Arrays.stream(PaperSize.values())
                .filter(size -> size.name().equals(paper))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("paper", "The paper is A4 or LETTER."));
    }
}
