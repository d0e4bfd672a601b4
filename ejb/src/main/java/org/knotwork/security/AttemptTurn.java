package org.knotwork.security;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An attempt's turn to have its password or code checked. Counted past the limit while no lock is set, the attempts
 * counted before it are still being checked (one person signing in from two devices at once, a form sent twice): it
 * gives its count back and waits for them, because a right password among them forgives them all, and a wrong one
 * that reaches the limit locks the name. So attempts with the right password that merely raced are neither refused
 * nor recorded as failures, and a guesser still gets no more checks than the limit. If those attempts are still
 * unresolved after {@link #WAIT}, their counts were left by checks that never finished (an instance stopped during
 * one): the name is locked, as it was before attempts waited.
 */
final class AttemptTurn {

    /** Far longer than checking a few passwords takes on a busy machine, shorter than a person's patience. */
    static final Duration WAIT = Duration.ofSeconds(5);

    /** The steps of counting one attempt, each in its own transaction ({@link SignInAttempts}). */
    interface Counter {
        SignInAttempts.Reservation reserve();

        void release();

        void lock();
    }

    private AttemptTurn() {}

    /** The attempt's reservation once it may be checked or is refused as locked. */
    static SignInAttempts.Reservation take(Counter counter, LockoutPolicy policy) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            SignInAttempts.Reservation reservation = counter.reserve();
            if (!reservation.mustWait(policy)) {
                return reservation;
            }
            counter.release();
            if (System.nanoTime() >= deadline) {
                counter.lock();
                return counter.reserve();
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20 + ThreadLocalRandom.current().nextInt(40));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the sign-ins before this one", e);
        }
    }
}
