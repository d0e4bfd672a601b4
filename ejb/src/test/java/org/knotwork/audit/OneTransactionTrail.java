package org.knotwork.audit;

import jakarta.transaction.Status;
import javax.sql.DataSource;

/**
 * The audit trail as a service outside the audit meets it, for one caller's transaction outside the container: looks
 * made as {@link RecordedLooks} makes them, handed on as {@link AuditTrail#sent} hands them, and the transaction ended
 * as the container ends it, so what the trail then holds is what it would hold in the container.
 */
public final class OneTransactionTrail extends AuditTrail {

    private final OneTransaction transaction = new OneTransaction();
    private final DataSource ownTransactions;

    /** @param ownTransactions connections committing by themselves, for the lines written as failed */
    public OneTransactionTrail(DataSource ownTransactions) {
        this.ownTransactions = ownTransactions;
    }

    @Override
    public AuditedRead lookRecordedBy(AuditAction action, String recordType, String detail, String detailEnd) {
        return RecordedLooks.outcomesViewed(detail, detailEnd);
    }

    @Override
    public void sent(AuditedRead read) {
        new CallerTransaction(transaction, ownTransactions).sent(read);
    }

    /** The caller's transaction rolled back, as the container rolls it back after a failure. */
    public void rolledBack() {
        transaction.end(Status.STATUS_ROLLEDBACK);
    }
}
