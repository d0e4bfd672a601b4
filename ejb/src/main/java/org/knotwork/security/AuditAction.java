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
    /** A signed note's home-care handout was e-mailed to the client (recorded as issued, with the address). */
    HANDOUT_EMAILED,
    /** An owner looked at (or exported) the practice's outcome figures. */
    OUTCOMES_VIEWED,
    /** A therapist threw away a draft note of theirs; signed notes are never deleted. */
    DRAFT_DISCARDED,
    /** Someone took an audit report of a period (a CSV file of the trail's lines). */
    AUDIT_REPORTED,
    /** An owner changed which therapists look after a client. */
    THERAPISTS_ASSIGNED;

    /**
     * Whether the line records a look at data, which changes nothing: its transaction, if it changes nothing either,
     * may commit without waiting for the disk (see {@link AuditTrail#record}).
     */
    boolean recordsALook() {
        return this == READ
                || this == HANDOUT_PREVIEWED
                || this == OUTCOMES_VIEWED
                || this == AUDIT_LISTED
                || this == AUDIT_VERIFIED
                || this == AUDIT_REPORTED;
    }
}
