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
import java.util.UUID;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;

/**
 * The audit trail of health-data reads and writes, sign-ins and user changes: append-only and hash-chained, so an
 * edited or removed line is found by {@link #verify()}. Who acted and from where come from {@link AuditOrigin}.
 */
@Stateless
public class AuditTrail {

    static final String AUDIT_RECORD = "audit";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditOrigin origin;

    @Resource
    private SessionContext context;

    /**
     * Records one action. Runs in its own transaction, committed before the caller's: a request that is refused or
     * rolled back is still on record, and the chain lock is held only for this one insert. If the line cannot be
     * written, this throws, and the caller's action fails with it rather than going unrecorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(
            @NotNull AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            @NotNull AuditOutcome outcome,
            String detail) {
        new AuditLedger(em)
                .append(
                        clock.instant(),
                        currentOrigin(),
                        action,
                        recordType,
                        recordId == null ? null : recordId.toString(),
                        clientId,
                        outcome,
                        detail);
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
