package org.knotwork.security;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long. Locking slows down someone guessing a
 * password; the lock lifts by itself, so a colleague's typing mistakes never need an administrator.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("At least one failed sign-in must be allowed before locking.");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lock must last some time.");
        }
    }
}
