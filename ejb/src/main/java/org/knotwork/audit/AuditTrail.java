package org.knotwork.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.platform.Page;
import org.knotwork.platform.RuleViolationException;

/**
 * The audit trail of health-data reads and writes, sign-ins, refusals and user and settings changes: append-only and
 * hash-chained, so an edited or removed line is found by {@link #verify}. Who acted and from where come from {@link
 * AuditOrigin}. How a line is written, chained and checked: see {@link #record}, {@link AuditSealer} and {@link
 * ChainVerification}.
 */
@Stateless
public class AuditTrail {

    static final String AUDIT_RECORD = "audit";

    /** The most lines one CSV report holds; a longer period is refused with a request to narrow it. */
    static final int REPORT_MAX_LINES = 100_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditOrigin origin;

    @Inject
    private AuditSealer sealer;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource(lookup = KnotworkDatabase.OWN_TRANSACTIONS_JNDI_NAME)
    private DataSource ownTransactions;

    /**
     * Records one action, in the caller's transaction (or a transaction of its own when the caller has none): the line
     * commits exactly when what it records commits. If that transaction rolls back, the line is written again as
     * {@link AuditOutcome#FAILED} right afterwards ({@link RolledBackLines}). No lock is taken: the line waits in
     * {@code audit_pending} until {@link AuditSealer} chains it, a fraction of a second later.
     *
     * <p>A look at data ({@link AuditAction#recordsALook}) in a transaction that has changed nothing lets that
     * transaction commit without waiting for the disk: a database crash may lose the newest such lines (within
     * PostgreSQL's {@code wal_writer_delay}), never a change's line, and a crash of the application loses nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(
            @NotNull AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            @NotNull AuditOutcome outcome,
            String detail) {
        AuditLine line = line(action, recordType, recordId, clientId, outcome, detail);
        if (CallerTransaction.cannotCommit(transactions.getTransactionStatus())) {
            // The caller's transaction cannot commit (marked, rolling or rolled back): what the line records will not
            // happen, and the transaction can take no synchronization to watch the line with.
            RolledBackLines.writeAsFailed(ownTransactions, List.of(line));
            return;
        }
        Session session = em.unwrap(Session.class);
        CallerTransaction caller = caller();
        session.doWork(connection -> caller.insert(connection, session, line));
        caller.watch().add(line);
    }

    /**
     * Records a change that {@code change} makes, written by the same statement as its line, in the caller's
     * transaction: one round trip for both. The line is watched before the statement is sent, so if the statement
     * fails (or the transaction rolls back later), the line is written again as {@link AuditOutcome#FAILED}; in a
     * transaction that can no longer commit, the change is not attempted and the line is written as failed at once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWith(
            @NotNull AuditedChange change,
            @NotNull AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            String detail) {
        if (action.recordsALook()) {
            throw new IllegalArgumentException(action + " records a look, not a change: record it with record()");
        }
        AuditLine line = line(action, recordType, recordId, clientId, AuditOutcome.SUCCESS, detail);
        if (CallerTransaction.cannotCommit(transactions.getTransactionStatus())) {
            RolledBackLines.writeAsFailed(ownTransactions, List.of(line));
            return;
        }
        CallerTransaction caller = caller();
        caller.watch().add(line);
        em.unwrap(Session.class).doWork(connection -> caller.insertWith(connection, change, line));
    }

    /**
     * Records a look at one record, successful, in the statement that reads it ({@link RecordedRead}), in the caller's
     * transaction: as {@link #record} would, one round trip fewer. Answers the read's rows.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public <T> List<T> recordReading(
            @NotNull AuditAction action, String recordType, Object recordId, UUID clientId, RecordedRead<T> read) {
        if (!action.recordsALook()) {
            throw new IllegalArgumentException(action + " records a change, not a look: record it with record()");
        }
        AuditLine line = line(action, recordType, recordId, clientId, AuditOutcome.SUCCESS, null);
        if (CallerTransaction.cannotCommit(transactions.getTransactionStatus())) {
            RolledBackLines.writeAsFailed(ownTransactions, List.of(line));
            throw new IllegalStateException("A look in a transaction that can no longer commit was recorded as failed");
        }
        Session session = em.unwrap(Session.class);
        CallerTransaction caller = caller();
        List<T> rows = session.doReturningWork(connection -> caller.insert(connection, session, line, read));
        caller.watch().add(line);
        return rows;
    }

    /**
     * A look to be recorded by the statement that reads the data, in the caller's transaction ({@link AuditedRead}):
     * one round trip fewer than {@link #record}, for reads where that counts. Only for looks ({@link
     * AuditAction#recordsALook}) at no one record; the line's detail is {@code detail}, a figure the read computed, then
     * {@code detailEnd}. The caller tells it when the statement is sent ({@link AuditedRead#sending}), reads its answer
     * with {@link AuditedRead#recorded} and hands it to {@link #sent}, also when what follows fails.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditedRead lookRecordedBy(
            @NotNull AuditAction action, String recordType, @NotNull String detail, @NotNull String detailEnd) {
        if (!action.recordsALook()) {
            throw new IllegalArgumentException(action + " records a change, not a look: record it with record()");
        }
        AuditLine line = new AuditLine(
                clock.instant(), currentOrigin(), action, recordType, null, null, AuditOutcome.SUCCESS, detail);
        // As in record(): a look relaxes the commit only of a transaction that has written nothing yet.
        boolean relaxing = caller().mayRelax(em.unwrap(Session.class));
        return new AuditedRead(line, detailEnd, relaxing);
    }

    /**
     * The statement of {@code read} was sent ({@link AuditedRead#sending}), and {@link AuditedRead#recorded} read its
     * answer, or a failure came first: the line it inserted, or, its answer never read, the line it owes with its
     * figure unknown, is watched from now on like any other, and written again as failed if the caller's transaction
     * rolls back. To be called whatever happened after the statement was sent, a failure included.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sent(@NotNull AuditedRead read) {
        caller().sent(read);
    }

    /**
     * Lines from {@code from} (inclusive) to {@code to} (exclusive), of one user and one client when given, newest
     * first, each as {@code view} shows it. The listing is itself recorded.
     */
    public <V> Page<V> list(
            Instant from,
            Instant to,
            UUID actorId,
            UUID clientId,
            @Min(value = 0, message = "Page starts at 0.") int page,
            @Min(value = 1, message = "Page size is at least 1.")
                    @Max(value = Page.MAX_SIZE, message = "Page size is at most 100.")
                    int size,
            @NotNull Function<AuditEvent, V> view) {
        requirePeriod(from, to);
        sealer.sealNow();
        Page<V> events = new AuditLedger(em)
                .list(from, to, actorId, clientId, page, size)
                .map(view);
        record(
                AuditAction.AUDIT_LISTED,
                AUDIT_RECORD,
                null,
                clientId,
                AuditOutcome.SUCCESS,
                "from " + orAny(from) + ", to " + orAny(to) + ", user " + orAny(actorId) + ", page " + page
                        + " of size " + size + ": " + events.total() + " line(s)");
        return events;
    }

    /**
     * Every line of a period, in the order asked for, as {@code report} writes them (a CSV file, for example). At
     * most {@value #REPORT_MAX_LINES} lines; the report is itself recorded.
     */
    public <V> V report(
            @NotNull Instant from,
            @NotNull Instant to,
            @NotNull AuditReportOrder order,
            @NotNull Function<List<AuditEvent>, V> report) {
        requirePeriod(from, to);
        sealer.sealNow();
        List<AuditEvent> lines = new AuditReportQuery(em).lines(from, to, order, REPORT_MAX_LINES + 1);
        if (lines.size() > REPORT_MAX_LINES) {
            throw new RuleViolationException(
                    "to", "The period holds more than " + REPORT_MAX_LINES + " lines; choose a shorter one.");
        }
        V written = report.apply(lines);
        record(
                AuditAction.AUDIT_REPORTED,
                AUDIT_RECORD,
                null,
                null,
                AuditOutcome.SUCCESS,
                "from " + from + " to " + to + " by " + order.name().toLowerCase() + ": " + lines.size() + " line(s)");
        return written;
    }

    /**
     * Recomputes the hash chain, from its first line or from {@code start} (a checkpoint kept off the machine), after
     * chaining the lines that wait; the check is itself recorded, after the lines it checked.
     */
    public AuditVerification verify(AuditCheckpoint start) {
        sealer.sealNow();
        AuditVerification result = new ChainVerification(em).verify(start).withBacklog(backlog());
        record(
                AuditAction.AUDIT_VERIFIED,
                AUDIT_RECORD,
                null,
                null,
                AuditOutcome.SUCCESS,
                (start == null ? "" : "From line " + start.lineId() + ". ")
                        + (result.intact()
                                ? "Intact: " + result.rowsChecked() + " line(s) checked."
                                : "Broken at line " + result.firstBrokenId() + ": " + result.problem())
                        + (result.overdueLines() > 0 ? " " + result.overdueLines() + " line(s) wait too long." : ""));
        return result;
    }

    /** Notes the chain's head now (or gives the last checkpoint, when nothing was added since); recorded. */
    public AuditCheckpoint checkpoint() {
        AuditCheckpoint noted = sealer.checkpoint()
                .or(() -> sealer.checkpoints(1).stream().findFirst())
                .orElseThrow(() -> new RuleViolationException("The audit trail has no line yet to note."));
        record(
                AuditAction.AUDIT_CHECKPOINTED,
                AUDIT_RECORD,
                noted.lineId(),
                null,
                AuditOutcome.SUCCESS,
                "Checkpoint: line " + noted.lineId() + " hash " + noted.lineHash() + ".");
        return noted;
    }

    /** The newest checkpoints of the chain's head, newest first; looking is recorded. */
    public List<AuditCheckpoint> checkpoints() {
        List<AuditCheckpoint> checkpoints = sealer.checkpoints(Page.MAX_SIZE);
        record(
                AuditAction.AUDIT_LISTED,
                AUDIT_RECORD,
                null,
                null,
                AuditOutcome.SUCCESS,
                "checkpoints: " + checkpoints.size());
        return checkpoints;
    }

    private WaitingAuditLines.Backlog backlog() {
        try (var connection = ownTransactions.getConnection()) {
            return WaitingAuditLines.backlog(connection, AuditSealer.OVERDUE);
        } catch (SQLException e) {
            throw new IllegalStateException("The waiting audit lines could not be counted", e);
        }
    }

    /** A line of this moment, by whoever acts now, from where they act. */
    private AuditLine line(
            AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        return new AuditLine(
                clock.instant(),
                currentOrigin(),
                action,
                recordType,
                recordId == null ? null : recordId.toString(),
                clientId,
                outcome,
                detail);
    }

    private CallerTransaction caller() {
        return new CallerTransaction(transactions, ownTransactions);
    }

    private static void requirePeriod(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolationException("to", "The end of the period must be after its start.");
        }
    }

    /** Outside a request (start-up, timers) nobody is signed in and there is no address. */
    private AuditOrigin currentOrigin() {
        try {
            return origin.snapshot();
        } catch (ContextNotActiveException e) {
            return new AuditOrigin();
        }
    }

    private static String orAny(Object value) {
        return value == null ? "any" : value.toString();
    }
}
