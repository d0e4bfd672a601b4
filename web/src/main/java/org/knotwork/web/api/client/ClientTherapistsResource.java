package org.knotwork.web.api.client;

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
import java.util.UUID;
import org.knotwork.client.ClientService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;

/**
 * Which therapists look after a client: owners assign them (with "own clients only" these are the therapists who see
 * the client, with those who treated them under a signed note); therapists who see the client may read the list.
 */
@Path("clients/{clientId}/therapists")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientTherapistsResource {

    @Inject
    private ClientService clients;

    /** With the client's version as the ETag. */
    @GET
    public Response read(@PathParam("clientId") UUID clientId) {
        return withVersion(clients.therapists(clientId, ClientTherapistsView::of));
    }

    /**
     * Replaces the therapists assigned to the client; those who treated them stay on the list regardless. Needs
     * {@code If-Match} (the client's version, as the GET gives it; 400 without): a client changed since is refused
     * with 409.
     */
    @PUT
    @RolesAllowed(Role.Names.OWNER)
    public Response assign(
            @PathParam("clientId") UUID clientId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AssignmentForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the therapists' ids as a JSON body: {\"therapistIds\": [...]}.");
        }
        return withVersion(
                clients.assign(clientId, Versions.expected(ifMatch), form::assigned, ClientTherapistsView::of));
    }

    private static Response withVersion(ClientTherapistsView view) {
        return Response.ok(view)
                .tag(new EntityTag(String.valueOf(view.version())))
                .build();
    }
}
