package org.knotwork.web.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZoneId;
import org.knotwork.platform.Page;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.Role;

/** The audit trail, for owners and administrators: who did what, when and from where; and whether it is intact. */
@Path("audit")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    /** Lines by period, user and client, newest first. Reading the trail is itself recorded. */
    @GET
    public Page<AuditEventView> list(@Valid @BeanParam AuditQuery query) {
        ZoneId zone = clock.getZone();
        return trail.list(query.start(zone), query.end(zone), query.actor, query.client, query.page, query.size)
                .map(AuditEventView::of);
    }

    /** Recomputes the hash chain over every line. The check is itself recorded. */
    @GET
    @Path("verification")
    public AuditVerificationView verify() {
        return AuditVerificationView.of(trail.verify());
    }
}
