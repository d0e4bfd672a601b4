package org.knotwork.security;

/**
 * What came of one step of signing in. A refusal never says whether the username exists: an unknown name and a
 * wrong password are both {@link Status#REFUSED}, and unknown names are locked after as many attempts as real ones.
 * A session that was opened or moved on comes with its (new) token and the step it reached.
 */
public record SignInOutcome(Status status, SessionStep step, String token) {

    public enum Status {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    static SignInOutcome reached(SessionStep step, String token) {
        return new SignInOutcome(Status.SIGNED_IN, step, token);
    }

    static SignInOutcome refused(boolean locked) {
        return new SignInOutcome(locked ? Status.LOCKED : Status.REFUSED, null, null);
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
