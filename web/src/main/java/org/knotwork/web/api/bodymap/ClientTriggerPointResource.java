package org.knotwork.web.api.bodymap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPointService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;

/**
 * Charts a new trigger point on a client's body map, and says which of the client's points on a muscle and side are
 * still being treated, so that the page asks before it charts another there.
 */
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

    /**
     * Charts a point; while the client has points on the same muscle and side still being treated, only with {@code
     * besideStillTreated: true} (otherwise 409 naming them, their ids in {@code records}).
     */
    @POST
    public Response chart(@PathParam("clientId") UUID clientId, TriggerPointForm form) {
        return points.chart(
                clientId,
                TriggerPointResource.required(form).toSpec(),
                form.besideStillTreated(),
                point -> TriggerPointResource.withVersion(
                        Response.created(uriInfo.getBaseUriBuilder()
                                .path("trigger-points/" + point.id())
                                .build()),
                        point));
    }

    /**
     * The client's points on {@code muscle} and {@code side} still being treated (active or latent, not charted in
     * error), oldest first; empty when there are none. The server decides what counts, the page only asks.
     */
    @GET
    @Path("still-treated")
    public List<TriggerPointView> stillTreated(
            @PathParam("clientId") UUID clientId,
            @QueryParam("muscle") String muscle,
            @QueryParam("side") String side) {
        if (muscle == null || muscle.isBlank()) {
            throw new RuleViolationException("muscle", "Choose the muscle.");
        }
        return points.stillTreatedOn(clientId, muscle.strip(), side(side), TriggerPointView::of);
    }

    private static Side side(String side) {
        return Arrays.stream(Side.values())
                .filter(s -> s.name().equals(side))
                .findFirst()
                .orElseThrow(() ->
                        new RuleViolationException("side", "Say which side the point is on: LEFT, RIGHT or MIDLINE."));
    }
}
