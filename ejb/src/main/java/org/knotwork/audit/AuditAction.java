package org.knotwork.audit;

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
    THERAPISTS_ASSIGNED,
    /** Signed-in sessions were ended by their user, by someone who manages users, or by a password or role change. */
    SESSION_ENDED,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** Someone who manages users set a new password for a user, who must change it at sign-in. */
    PASSWORD_RESET,
    /** A user set up an authenticator app as their second factor, with recovery codes. */
    SECOND_FACTOR_ENROLLED,
    /** A second factor (an app's code or a recovery code) was accepted. */
    SECOND_FACTOR_USED,
    /** A second factor was wrong, reused, or not the app's current code. */
    SECOND_FACTOR_FAILED,
    /** A user's second factor was removed, by them or by someone who manages users. */
    SECOND_FACTOR_RESET,
    /** New recovery codes replaced a user's earlier ones. */
    RECOVERY_CODES_ISSUED,
    /** The practice owner changed which roles need a second factor. */
    SECOND_FACTOR_POLICY_CHANGED,
    /** A client's whole record was exported as FHIR (the client's right of access, or a move elsewhere). */
    FHIR_EXPORTED,
    /** An owner started a practice-wide FHIR bulk export. */
    BULK_EXPORT_REQUESTED,
    /** A file of a practice-wide FHIR bulk export was downloaded. */
    BULK_EXPORT_DOWNLOADED,
    /** A CSV of clients from another system was checked (a dry run: nothing written). */
    CLIENTS_IMPORT_CHECKED,
    /** Clients were taken on from a CSV of another system, all rows in one transaction. */
    CLIENTS_IMPORTED,
    /** A practice loaded a licensed questionnaire definition. */
    QUESTIONNAIRE_LOADED,
    /** Someone had the chain's head noted as a checkpoint (nothing was verified: that is AUDIT_VERIFIED). */
    AUDIT_CHECKPOINTED;

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
                || this == AUDIT_REPORTED
                || this == FHIR_EXPORTED
                || this == BULK_EXPORT_DOWNLOADED
                || this == CLIENTS_IMPORT_CHECKED;
    }
}
