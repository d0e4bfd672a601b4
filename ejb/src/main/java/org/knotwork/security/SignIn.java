package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Checks a username and password, counting failures towards the lock-out; the rules live on {@link User}. */
@Stateless
public class SignIn {

    @Inject
    private UserService users;

    @Inject
    private Passwords passwords;

    @Inject
    private GuessedUsernames guessedUsernames;

    @Inject
    private SecuritySettings settings;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditOrigin origin;

    public SignInOutcome attempt(String username, String password) {
        Instant now = clock.instant();
        LockoutPolicy policy = settings.lockoutPolicy();
        User user = users.findActive(username).orElse(null);
        if (user == null) {
            passwords.spendEffortOnUnknownUser(password);
            return failed(
                    username,
                    SignInOutcome.refused(guessedUsernames.recordFailure(User.normalise(username), now, policy)));
        }
        if (user.isLockedAt(now)) {
            passwords.spendEffortOnUnknownUser(password);
            return failed(username, SignInOutcome.refused(true));
        }
        if (!passwords.matches(password, user.passwordHash())) {
            user.recordFailedLogin(now, policy);
            return failed(username, SignInOutcome.refused(user.isLockedAt(now)));
        }
        user.recordSuccessfulLogin();
        origin.setActorId(user.id());
        origin.setActorName(user.username());
        audit.record(AuditAction.LOGIN, "USER", user.id(), null, AuditOutcome.SUCCESS, null);
        return SignInOutcome.signedIn(user);
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
