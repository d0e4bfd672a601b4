package org.knotwork.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.knotwork.client.Client;

/**
 * The floor the load benchmark compares against: one JPA find behind one JAX-RS GET, on the same Payara Micro,
 * database and JSON binding as the product. Only in the WAR built with {@code -Pbench}; never in the product.
 */
@Path("bench/floor/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    @Inject
    private Finder finder;

    @GET
    @PermitAll
    public Map<String, Object> find(@PathParam("id") UUID id) {
        Client client = finder.find(id);
        if (client == null) {
            throw new NotFoundException();
        }
        return Map.of("id", client.id(), "familyName", client.familyName(), "version", client.version());
    }

    @Stateless
    public static class Finder {

        @PersistenceContext
        private EntityManager em;

        public Client find(UUID id) {
            return em.find(Client.class, id);
        }
    }
}
