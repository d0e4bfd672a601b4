package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOrigin;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.SerializationFailures;

/**
 * Signing in, in steps: a username and password open a session, which a second factor (when the user has one) moves
 * on. Every attempt counts towards the lock-out before it is checked ({@link SignInAttempts}); the rules for which
 * step comes next live on {@link SessionStep}.
 */
@Stateless
public class SignIn {

    @Inject
    private UserService users;

    @Inject
    private Passwords passwords;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private Sessions sessions;

    @Inject
    private SecondFactorService secondFactors;

    @Inject
    private SecondFactorPolicy secondFactorPolicy;

    @Inject
    private SecuritySettings settings;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditOrigin origin;

    public SignInOutcome withPassword(String username, String password, String userAgent) {
        Instant now = clock.instant();
        LockoutPolicy policy = settings.lockoutPolicy();
        SignInAttempts.Reservation attempt = turn(username, policy);
        now = clock.instant();
        if (!attempt.mayCheck(now)) {
            passwords.spendEffortOnUnknownUser(password);
            return failed(username, SignInOutcome.refused(true));
        }
        User user = users.findActive(username).orElse(null);
        if (user == null) {
            passwords.spendEffortOnUnknownUser(password);
        }
        if (user == null || !passwords.matches(password, user.passwordHash())) {
            Instant at = now;
            return failed(
                    username,
                    SignInOutcome.refused(
                            SerializationFailures.retried(() -> attempts.failed(username, attempt, at, policy))));
        }
        SerializationFailures.retried(() -> attempts.forgive(username));
        boolean hasSecondFactor = secondFactors.status(user.id()).enrolled();
        SessionStep step = hasSecondFactor
                ? SessionStep.SECOND_FACTOR
                : SessionStep.afterCredentials(user.mustChangePassword(), secondFactorPolicy.requires(user.roles()));
        String token = sessions.open(user.id(), step, origin.address(), userAgent);
        if (step.isAuthenticated()) {
            signedIn(user, "password");
        }
        return SignInOutcome.reached(step, token);
    }

    /** The second step: a code from the authenticator app, or a recovery code, for a session waiting for one. */
    public SignInOutcome withSecondFactor(String token, String code) {
        SignInSession session = sessions.find(token)
                .filter(s -> s.step() == SessionStep.SECOND_FACTOR)
                .orElse(null);
        if (session == null) {
            return SignInOutcome.refused(false);
        }
        User user = users.find(session.userId());
        origin.setActorId(user.id());
        origin.setActorName(user.username());
        Instant now = clock.instant();
        LockoutPolicy policy = settings.lockoutPolicy();
        SignInAttempts.Reservation attempt = turn(user.username(), policy);
        now = clock.instant();
        if (!attempt.mayCheck(now)) {
            sessions.endByToken(token);
            return SignInOutcome.refused(true);
        }
        SecondFactorService.Proof proof = secondFactors.verify(user.id(), code);
        if (proof == SecondFactorService.Proof.WRONG) {
            Instant at = now;
            boolean locked = SerializationFailures.retried(() -> attempts.failed(user.username(), attempt, at, policy));
            if (locked) {
                sessions.endByToken(token);
            }
            return SignInOutcome.refused(locked);
        }
        SerializationFailures.retried(() -> attempts.forgive(user.username()));
        SessionStep next = SessionStep.afterCredentials(user.mustChangePassword(), false);
        String renewed = sessions.advance(token, next);
        signedIn(
                user,
                proof == SecondFactorService.Proof.AUTHENTICATOR
                        ? "password and authenticator app"
                        : "password and recovery code");
        return SignInOutcome.reached(next, renewed);
    }

    /**
     * Counts the attempt and waits its turn behind attempts for the same name still being checked ({@link
     * AttemptTurn}); each step in its own transaction, done again if it raced another into a serialization failure.
     */
    private SignInAttempts.Reservation turn(String username, LockoutPolicy policy) {
        return AttemptTurn.take(
                new AttemptTurn.Counter() {
                    @Override
                    public SignInAttempts.Reservation reserve() {
                        return SerializationFailures.retried(() -> attempts.reserve(username, clock.instant(), policy));
                    }

                    @Override
                    public void release() {
                        SerializationFailures.retried(() -> attempts.release(username));
                    }

                    @Override
                    public void lock() {
                        SerializationFailures.retried(() -> attempts.lock(username, clock.instant(), policy));
                    }
                },
                policy);
    }

    private void signedIn(User user, String how) {
        origin.setActorId(user.id());
        origin.setActorName(user.username());
        audit.record(AuditAction.LOGIN, "USER", user.id(), null, AuditOutcome.SUCCESS, how);
    }

    /** Every failed attempt is recorded with the name that was tried, known to the practice or not. */
    private SignInOutcome failed(String username, SignInOutcome outcome) {
        String tried = username == null ? "" : username.strip();
        audit.record(
                AuditAction.LOGIN_FAILED,
                "USER",
                tried.length() > 60 ? tried.substring(0, 60) : tried,
                null,
                AuditOutcome.FAILED,
                outcome.status() == SignInOutcome.Status.LOCKED ? "account locked" : "wrong username or password");
        return outcome;
    }
}
