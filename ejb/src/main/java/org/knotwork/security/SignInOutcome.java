package org.knotwork.security;

import java.util.Set;

/**
 * What came of one attempt to sign in. A refusal never says whether the username exists: an unknown name and a
 * wrong password are both {@link Status#REFUSED}, and unknown names are locked after as many attempts as real ones.
 */
public record SignInOutcome(Status status, String username, Set<Role> roles) {

    public enum Status {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    static SignInOutcome signedIn(User user) {
        return new SignInOutcome(Status.SIGNED_IN, user.username(), user.roles());
    }

    static SignInOutcome refused(boolean locked) {
        return new SignInOutcome(locked ? Status.LOCKED : Status.REFUSED, null, Set.of());
    }

    public boolean isSignedIn() {
        return status == Status.SIGNED_IN;
    }
}
