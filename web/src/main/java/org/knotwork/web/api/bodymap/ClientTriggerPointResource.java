package org.knotwork.web.api.bodymap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPointService;
import org.knotwork.security.Role;

/** Charts a new trigger point on a client's body map. */
@Path("clients/{clientId}/trigger-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.THERAPIST)
public class ClientTriggerPointResource {

    @Inject
    private TriggerPointService points;

    @Context
    private UriInfo uriInfo;

    @POST
    public Response chart(@PathParam("clientId") UUID clientId, TriggerPointForm form) {
        return points.chart(
                clientId,
                TriggerPointResource.required(form).toSpec(),
                point -> TriggerPointResource.withVersion(
                        Response.created(uriInfo.getBaseUriBuilder()
                                .path("trigger-points/" + point.id())
                                .build()),
                        point));
    }
}
