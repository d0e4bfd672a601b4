package org.knotwork.web.api.charting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.knotwork.charting.ChartService;
import org.knotwork.security.Role;

/** A client's progress over their signed sessions, for the charts beside the body map. */
@Path("clients/{clientId}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class ProgressResource {

    @Inject
    private ChartService charts;

    @GET
    public ProgressView read(@PathParam("clientId") UUID clientId) {
        return charts.progress(clientId, ProgressView::of);
    }
}
