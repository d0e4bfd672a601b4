package org.knotwork.web.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.Page;
import org.knotwork.security.Role;
import org.knotwork.web.api.json.TakesNoBody;

/**
 * The audit trail, for owners and administrators: who did what, when and from where; whether it is intact, from its
 * start or from a checkpoint kept off the machine; the checkpoints themselves; and, for owners, a report of a period as
 * a CSV file (ONC §170.315(d)(3)). Every look at the trail is itself recorded.
 */
@Path("audit")
@RequestScoped
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    /** Lines by period, user and client, newest first. */
    @GET
    public Page<AuditEventView> list(@Valid @BeanParam AuditQuery query) {
        ZoneId zone = clock.getZone();
        return trail.list(
                query.start(zone),
                query.end(zone),
                query.actor,
                query.client,
                query.page,
                query.size,
                AuditEventView::of);
    }

    /**
     * Recomputes the hash chain over every line, or from the line a checkpoint names ({@code fromLine} with its
     * {@code hash}), after chaining the lines that wait. Every checkpoint in the database is checked on the way.
     */
    @GET
    @Path("verification")
    public AuditVerificationView verify(@QueryParam("fromLine") Long fromLine, @QueryParam("hash") String hash) {
        return AuditVerificationView.of(trail.verify(CheckpointQuery.start(fromLine, hash)));
    }

    /** The newest checkpoints of the chain's head (also in the server log), newest first. */
    @GET
    @Path("checkpoints")
    public List<AuditCheckpointView> checkpoints() {
        return trail.checkpoints().stream().map(AuditCheckpointView::of).toList();
    }

    /**
     * Notes the chain's head now, as the periodic checkpoint does (also in the server log), for an operator who wants
     * one to copy off the machine at once; the head as noted before when nothing was added since. Recorded as
     * AUDIT_CHECKPOINTED.
     */
    @POST
    @Path("checkpoints")
    @TakesNoBody
    public AuditCheckpointView checkpoint() {
        return AuditCheckpointView.of(trail.checkpoint());
    }

    /**
     * Every line of a period as CSV, sorted by time (or user, action, client, outcome), for owners. Whatever the caller
     * accepts: a link followed by a browser asks for HTML first, and a refusal should still come as problem+json.
     */
    @GET
    @Path("report")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Role.Names.OWNER)
    public Response report(@Valid @BeanParam AuditReportQuery query) {
        ZoneId zone = clock.getZone();
        String csv = trail.report(query.start(zone), query.end(zone), query.order(), AuditReportCsv::write);
        return Response.ok(csv, AuditReportCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + query.fileName() + "\"")
                .build();
    }
}
