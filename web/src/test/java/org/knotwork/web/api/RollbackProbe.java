package org.knotwork.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;
import org.knotwork.client.ClientService;
import org.knotwork.security.Role;

/**
 * Test only, added to IntegrityIT's deployment: registers a client in a transaction that then fails after the
 * service returned (as a commit that fails would), so the test can see what the audit trail says of a change that
 * rolled back. It notes (outside the transaction) the client it registered, and {@code GET registered} answers it:
 * the test knows the probe got as far as the change, so a probe failing before it (a class missing from the WAR)
 * cannot pass for this one.
 */
@Path("test/rollback")
@RequestScoped
@RolesAllowed(Role.Names.THERAPIST)
public class RollbackProbe {

    private static final Map<String, UUID> REGISTERED = new ConcurrentHashMap<>();

    @Inject
    private ClientService clients;

    @POST
    @Transactional
    public String registerThenFail(@QueryParam("family") String family) {
        // Built here, not with the ejb module's test fixtures: this probe is deployed in the WAR, which does not carry
        // them.
        UUID registered = clients.register(
                new ClientProfile(
                        "Rolled", family, null, null, null, null, null, null, null, Set.of(), null, null, null),
                Client::id);
        REGISTERED.put(family, registered);
        throw new IllegalStateException("The probe fails after the change, inside its transaction.");
    }

    /** The client the probe registered for {@code family} before it failed; empty when it never got that far. */
    @GET
    @Path("registered")
    public String registered(@QueryParam("family") String family) {
        UUID registered = REGISTERED.get(family);
        return registered == null ? "" : registered.toString();
    }
}
