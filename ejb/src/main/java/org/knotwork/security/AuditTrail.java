package org.knotwork.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;

/**
 * The audit trail of health-data reads and writes, sign-ins and user changes: append-only and hash-chained, so an
 * edited or removed line is found by {@link #verify()}. Who acted and from where come from {@link AuditOrigin}.
 */
@Stateless
public class AuditTrail {

    static final String AUDIT_RECORD = "audit";

    /** Bounds one batch insert; more lines than this at once wait for the next batch. */
    static final int MAX_BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditOrigin origin;

    @Resource
    private SessionContext context;

    /**
     * The lines being handed in by this deployment's requests; one for all the pooled instances, since lines are
     * batched across requests. Static because an EJB instance cannot hold it; each deployment has its own.
     */
    private static final AuditGroupCommit BATCHES = new AuditGroupCommit(MAX_BATCH);

    /**
     * Records one action. The line is written in a transaction of its own, committed before the caller's: a request
     * that is refused or rolled back is still on record, and the chain lock is held only for the insert. Lines
     * recorded at the same moment by other requests share that transaction (see {@link AuditGroupCommit}).
     *
     * <p>A change, a sign-in or a refusal returns once its line is written; if it cannot be, this throws, and the
     * caller's action fails with it rather than going unrecorded. A look at data ({@link AuditAction#recordsALook})
     * does not wait while another request's write is under way: that write takes the line in its next batch, a few
     * milliseconds later, and a line that then fails is reported to the server log. Listing and verifying the trail
     * first wait for every line handed in before.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void record(
            @NotNull AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            @NotNull AuditOutcome outcome,
            String detail) {
        AuditLine line = new AuditLine(
                clock.instant(),
                currentOrigin(),
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                clientId,
                outcome,
                detail);
        Consumer<List<AuditLine>> writer = batch -> self().appendAll(batch);
        if (action.recordsALook()) {
            BATCHES.submitWithoutWaiting(line, writer);
        } else {
            BATCHES.submit(line, writer);
        }
    }

    /** Writes a batch of lines in the order given, in a transaction of its own; for {@link #record}'s batches. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendAll(List<AuditLine> lines) {
        new AuditLedger(em).appendAll(lines);
    }

    /**
     * Lines from {@code from} (inclusive) to {@code to} (exclusive), of one user and one client when given, newest
     * first. The listing is itself recorded.
     */
    public Page<AuditEvent> list(
            Instant from,
            Instant to,
            UUID actorId,
            UUID clientId,
            @Min(value = 0, message = "Page starts at 0.") int page,
            @Min(value = 1, message = "Page size is at least 1.")
                    @Max(value = Page.MAX_SIZE, message = "Page size is at most 100.")
                    int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolationException("to", "The end of the period must be after its start.");
        }
        BATCHES.awaitWritten();
        Page<AuditEvent> events = new AuditLedger(em).list(from, to, actorId, clientId, page, size);
        self().record(
                        AuditAction.AUDIT_LISTED,
                        AUDIT_RECORD,
                        null,
                        clientId,
                        AuditOutcome.SUCCESS,
                        "from " + orAny(from) + ", to " + orAny(to) + ", user " + orAny(actorId) + ", page " + page
                                + " of size " + size + ": " + events.total() + " line(s)");
        return events;
    }

    /** Recomputes the whole hash chain; the check is itself recorded, after the lines it checked. */
    public AuditVerification verify() {
        BATCHES.awaitWritten();
        AuditVerification result = new AuditLedger(em).verify();
        self().record(
                        AuditAction.AUDIT_VERIFIED,
                        AUDIT_RECORD,
                        null,
                        null,
                        AuditOutcome.SUCCESS,
                        result.intact()
                                ? "Intact: " + result.rowsChecked() + " line(s) checked."
                                : "Broken at line " + result.firstBrokenId() + ": " + result.problem());
        return result;
    }

    /** Outside a request (start-up, timers) nobody is signed in and there is no address. */
    private AuditOrigin currentOrigin() {
        try {
            return origin.snapshot();
        } catch (ContextNotActiveException e) {
            return new AuditOrigin();
        }
    }

    /** Through the container, so that {@link #record} gets its own transaction. */
    private AuditTrail self() {
        return context.getBusinessObject(AuditTrail.class);
    }

    private static String orAny(Object value) {
        return value == null ? "any" : value.toString();
    }
}
