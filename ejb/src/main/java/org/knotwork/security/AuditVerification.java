package org.knotwork.security;

/**
 * The result of recomputing the audit trail's hash chain: how many rows were checked and, if the chain is broken,
 * the first row at which it breaks and why.
 */
public record AuditVerification(long rowsChecked, boolean intact, Long firstBrokenId, String problem) {

    static AuditVerification intact(long rowsChecked) {
        return new AuditVerification(rowsChecked, true, null, null);
    }

    static AuditVerification brokenAt(long rowsChecked, long id, String problem) {
        return new AuditVerification(rowsChecked, false, id, problem);
    }
}
