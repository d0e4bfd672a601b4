package org.knotwork.web.api.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.knotwork.client.ClientService;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;

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

    @GET
    public ClientTherapistsView read(@PathParam("clientId") UUID clientId) {
        return clients.therapists(clientId, ClientTherapistsView::of);
    }

    /** Replaces the therapists assigned to the client; those who treated them stay on the list regardless. */
    @PUT
    @RolesAllowed(Role.Names.OWNER)
    public ClientTherapistsView assign(@PathParam("clientId") UUID clientId, AssignmentForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the therapists' ids as a JSON body: {\"therapistIds\": [...]}.");
        }
        return clients.assign(clientId, form::assigned, ClientTherapistsView::of);
    }
}
