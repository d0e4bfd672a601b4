package org.knotwork.security;

/**
 * How far a sign-in has come. Only {@link #SIGNED_IN} opens the practice's records; the steps before it let the user
 * do exactly the one thing still missing. Stored as named here; the database accepts only these names.
 */
public enum SessionStep {
    /** The password was right; the code from the authenticator app (or a recovery code) is still to come. */
    SECOND_FACTOR,
    /** Signed in with a password someone else knows (first start, reset by an administrator): choose a new one. */
    PASSWORD_CHANGE,
    /** The practice requires a second factor for the user's role and they have none yet: set one up. */
    ENROLMENT,
    SIGNED_IN;

    /**
     * The step after a proven password (and second factor, when the user has one): a forced password change comes
     * first, then setting up a second factor the practice requires.
     */
    static SessionStep afterCredentials(boolean mustChangePassword, boolean mustEnrol) {
        if (mustChangePassword) {
            return PASSWORD_CHANGE;
        }
        return mustEnrol ? ENROLMENT : SIGNED_IN;
    }

    /** Whether the caller counts as signed in at all (known, with roles) in this step. */
    public boolean isAuthenticated() {
        return this != SECOND_FACTOR;
    }
}
