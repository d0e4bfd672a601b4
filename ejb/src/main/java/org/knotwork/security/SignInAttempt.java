package org.knotwork.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The outcome of this request's sign-in, for the one who asked to sign in: Jakarta Security reports only valid or
 * invalid, and a locked account deserves a different answer than a wrong password.
 */
@RequestScoped
public class SignInAttempt {

    private SignInOutcome outcome;

    void record(SignInOutcome outcome) {
        this.outcome = outcome;
    }

    public boolean wasLocked() {
        return outcome != null && outcome.status() == SignInOutcome.Status.LOCKED;
    }
}
