package org.knotwork.security;

/** What was done, as the audit trail names it. The database accepts only these names. */
public enum AuditAction {
    /** A client's health record was shown. */
    READ,
    CREATE,
    UPDATE,
    ARCHIVE,
    RESTORE,
    /** A treatment note was signed and is final from now on. */
    SIGN,
    /** A dated correction was added to a signed note. */
    AMEND,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ROLES_CHANGED,
    USER_CREATED,
    USER_DEACTIVATED,
    /** Someone read the audit trail itself. */
    AUDIT_LISTED,
    /** Someone had the audit trail's hash chain checked. */
    AUDIT_VERIFIED,
    /** A signed-in user asked for something their role or the practice's rules do not allow. */
    REFUSED_REQUEST,
    /** A client's home-care handout of a signed note was issued (and recorded with its hash). */
    HANDOUT_ISSUED,
    /** A draft note's handout was previewed; not given to the client, not recorded as issued. */
    HANDOUT_PREVIEWED,
    /** An owner looked at (or exported) the practice's outcome figures. */
    OUTCOMES_VIEWED;

    /** Whether the action only looked at records; its audit line is the only thing its request writes. */
    boolean changesNothing() {
        return this == READ
                || this == AUDIT_LISTED
                || this == AUDIT_VERIFIED
                || this == HANDOUT_PREVIEWED
                || this == OUTCOMES_VIEWED;
    }
}
