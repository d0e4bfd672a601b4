package org.knotwork.web.api.audit;

import org.knotwork.audit.AuditVerification;

/**
 * Whether the audit trail's hash chain holds; if not, the first line where it breaks and why. {@code lastLineId} and
 * {@code lastLineHash} are the chain's head now: keep them off the machine and give them back as a checkpoint.
 * {@code waitingLines} are written but not yet chained; {@code overdueLines} have waited longer than they should.
 */
public record AuditVerificationView(
        long rowsChecked,
        boolean intact,
        Long firstBrokenId,
        String problem,
        Long lastLineId,
        String lastLineHash,
        long waitingLines,
        long overdueLines) {

    static AuditVerificationView of(AuditVerification verification) {
        return new AuditVerificationView(
                verification.rowsChecked(),
                verification.intact(),
                verification.firstBrokenId(),
                verification.problem(),
                verification.lastLineId(),
                verification.lastLineHash(),
                verification.waitingLines(),
                verification.overdueLines());
    }
}
