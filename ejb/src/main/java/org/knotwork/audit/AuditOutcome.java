package org.knotwork.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** It was done. */
    SUCCESS,
    /** The caller was not allowed to do it. */
    DENIED,
    /** It was allowed but did not succeed: a wrong password, a broken rule, a fault. */
    FAILED
}
