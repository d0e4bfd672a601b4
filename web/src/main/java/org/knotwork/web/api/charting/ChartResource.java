package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.knotwork.charting.ChartService;
import org.knotwork.security.Role;

/**
 * Opens a client's chart. One instance serves every request: it holds nothing but the stateless service, and a
 * request-scoped resource would have the container look that service up again for each chart, the most frequent
 * request there is.
 */
@Path("clients/{clientId}/chart")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class ChartResource {

    @Inject
    private ChartService charts;

    @Inject
    private Clock clock;

    @GET
    public ChartView open(@PathParam("clientId") UUID clientId) {
        return charts.open(clientId, chart -> ChartView.of(chart, clock));
    }
}
