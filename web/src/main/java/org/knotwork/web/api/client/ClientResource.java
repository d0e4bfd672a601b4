package org.knotwork.web.api.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.TakesNoBody;

/** Client records: intake, details, search and archiving. Therapists and owners only: administrators do not chart. */
@Path("clients")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    private ClientService clients;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uriInfo;

    @GET
    public Page<ClientView> search(@Valid @BeanParam ClientQuery query) {
        return clients.search(query.nameStart, query.page, query.size, query.archived(), c -> ClientView.of(c, clock));
    }

    @POST
    public Response create(ClientForm form) {
        requireBody(form);
        return clients.register(
                form.toProfile(),
                client -> withVersion(
                        Response.created(uriInfo.getAbsolutePathBuilder()
                                .path(client.id().toString())
                                .build()),
                        client));
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") UUID id) {
        return clients.read(id, client -> withVersion(Response.ok(), client));
    }

    /**
     * Saves the client's details: what the body names replaces what is stored, what it leaves out is kept. The caller
     * names the version it read, in {@code If-Match} or the body.
     */
    @PUT
    @Path("{id}")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ClientForm form) {
        requireBody(form);
        long expectedVersion = Versions.expected(ifMatch, form.version);
        return clients.revise(id, expectedVersion, form::toProfile, client -> withVersion(Response.ok(), client));
    }

    /** 409 when the client is already archived: archiving again is no event, and is not recorded as one. */
    @POST
    @Path("{id}/archive")
    @TakesNoBody
    public Response archive(@PathParam("id") UUID id) {
        return clients.archive(id, client -> withVersion(Response.ok(), client));
    }

    /** 409 when the client is not archived. */
    @POST
    @Path("{id}/restore")
    @TakesNoBody
    public Response restore(@PathParam("id") UUID id) {
        return clients.restore(id, client -> withVersion(Response.ok(), client));
    }

    private static void requireBody(ClientForm form) {
        if (form == null) {
            throw new RuleViolationException("Send the client's details as a JSON body.");
        }
    }

    private Response withVersion(Response.ResponseBuilder response, Client client) {
        return response.entity(ClientView.of(client, clock))
                .tag(new EntityTag(String.valueOf(client.version())))
                .build();
    }
}
