package org.knotwork.web.api.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.knotwork.outcomes.OutcomeService;
import org.knotwork.security.Role;

/** The practice's outcomes for a period, for owners only; each look (and each export) is audited. */
@Path("outcomes")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
public class OutcomeResource {

    @Inject
    private OutcomeService outcomes;

    @Inject
    private Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OutcomesView figures(@BeanParam OutcomeQuery query) {
        return OutcomesView.of(outcomes.outcomes(query.filter(clock.getZone()), "JSON"));
    }

    /**
     * The same figures as a CSV file to download. Whatever the caller accepts: a link followed by a browser asks for
     * HTML first, and a refusal should still come as problem+json rather than 406.
     */
    @GET
    @Path("csv")
    public Response csv(@BeanParam OutcomeQuery query) {
        OutcomesView view = OutcomesView.of(outcomes.outcomes(query.filter(clock.getZone()), "CSV"));
        return Response.ok(OutcomeCsv.write(view), OutcomeCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + query.fileName() + "\"")
                .build();
    }
}
