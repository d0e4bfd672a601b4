package org.knotwork.audit;

/**
 * The result of recomputing the audit trail's hash chain: how many lines were checked; if the chain is broken, the
 * first line at which it breaks and why; the chain's last line (its id and hash: note them off the machine, and give
 * them back to a later verification as a checkpoint); and the lines still waiting to be chained, with how many of those
 * have waited longer than they should (the sealer is not running).
 */
public record AuditVerification(
        long rowsChecked,
        boolean intact,
        Long firstBrokenId,
        String problem,
        Long lastLineId,
        String lastLineHash,
        long waitingLines,
        long overdueLines) {

    static AuditVerification intact(long rowsChecked, Long lastLineId, String lastLineHash) {
        return new AuditVerification(rowsChecked, true, null, null, lastLineId, lastLineHash, 0, 0);
    }

    static AuditVerification brokenAt(long rowsChecked, long id, String problem) {
        return new AuditVerification(rowsChecked, false, id, problem, null, null, 0, 0);
    }

    AuditVerification withBacklog(WaitingAuditLines.Backlog backlog) {
        return new AuditVerification(
                rowsChecked,
                intact,
                firstBrokenId,
                problem,
                lastLineId,
                lastLineHash,
                backlog.waiting(),
                backlog.overdue());
    }
}
