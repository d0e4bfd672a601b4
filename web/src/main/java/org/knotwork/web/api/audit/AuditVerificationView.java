package org.knotwork.web.api.audit;

import org.knotwork.security.AuditVerification;

/** Whether the audit trail's hash chain holds; if not, the first line where it breaks and why. */
public record AuditVerificationView(long rowsChecked, boolean intact, Long firstBrokenId, String problem) {

    static AuditVerificationView of(AuditVerification verification) {
        return new AuditVerificationView(
                verification.rowsChecked(),
                verification.intact(),
                verification.firstBrokenId(),
                verification.problem());
    }
}
