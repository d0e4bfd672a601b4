package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.RuleViolationException;

/**
 * What signed-in users do with their own account: change their password and set up a second factor, which also
 * finishes a sign-in that was waiting for either. A step finished moves the session on under a new token, which
 * the caller must hand back to the browser.
 */
@Stateless
public class AccountService {

    @Inject
    private UserService users;

    @Inject
    private Passwords passwords;

    @Inject
    private Sessions sessions;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private SecuritySettings settings;

    @Inject
    private SecondFactorService secondFactors;

    @Inject
    private SecondFactorPolicy secondFactorPolicy;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** A new token for the browser when the session moved on, or none. */
    public record Changed(String token, SessionStep step) {}

    /**
     * Changes the signed-in user's password, which needs the current one (a wrong one counts towards the lock-out,
     * like a sign-in). Every other session of theirs ends: whoever knew the old password is out.
     */
    public Changed changePassword(SignedInUser who, String token, String currentPassword, String newPassword) {
        User user = users.find(who.id());
        Instant now = clock.instant();
        LockoutPolicy policy = settings.lockoutPolicy();
        SignInAttempts.Reservation attempt = attempts.reserve(user.username(), now, policy);
        if (!attempt.mayCheck(now) || !passwords.matches(currentPassword, user.passwordHash())) {
            if (attempt.mayCheck(now)) {
                attempts.failed(user.username(), attempt, now, policy);
            }
            throw new RuleViolationException("currentPassword", "The current password is not right.");
        }
        attempts.forgive(user.username());
        try {
            Passwords.requireStrong(newPassword, user.username());
        } catch (RuleViolationException weak) {
            throw new RuleViolationException("newPassword", weak.getMessage());
        }
        if (passwords.matches(newPassword, user.passwordHash())) {
            throw new RuleViolationException("newPassword", "Choose a password other than the current one.");
        }
        user.changePassword(passwords.hash(newPassword), now);
        int ended = sessions.endAllOf(user.id(), who.sessionId(), "password changed");
        audit.record(
                AuditAction.PASSWORD_CHANGED,
                "USER",
                user.id(),
                null,
                AuditOutcome.SUCCESS,
                ended + " other session(s) ended");
        if (who.step() != SessionStep.PASSWORD_CHANGE) {
            return new Changed(null, who.step());
        }
        boolean mustEnrol = secondFactorPolicy.requires(user.roles())
                && !secondFactors.status(user.id()).enrolled();
        SessionStep next = SessionStep.afterCredentials(false, mustEnrol);
        return new Changed(sessions.advance(token, next), next);
    }

    /** Confirms the authenticator app with its first code; a sign-in waiting for this moves on. */
    public Enrolled confirmSecondFactor(SignedInUser who, String token, String code) {
        List<String> codes = secondFactors.confirm(who.id(), code);
        if (who.step() != SessionStep.ENROLMENT) {
            return new Enrolled(codes, new Changed(null, who.step()));
        }
        return new Enrolled(codes, new Changed(sessions.advance(token, SessionStep.SIGNED_IN), SessionStep.SIGNED_IN));
    }

    /** The recovery codes, shown once, and what became of the session. */
    public record Enrolled(List<String> recoveryCodes, Changed session) {}

    /**
     * Removes the user's own second factor, if the practice does not require one for their roles; needs a current
     * code (or recovery code), so a borrowed signed-in browser cannot remove it.
     */
    public void removeSecondFactor(SignedInUser who, String code) {
        if (secondFactorPolicy.requires(who.roles())) {
            throw new RuleViolationException(
                    "The practice requires a second factor for your role; an owner or administrator can reset it.");
        }
        if (secondFactors.verify(who.id(), code) == SecondFactorService.Proof.WRONG) {
            throw new RuleViolationException("code", "That code is not right.");
        }
        secondFactors.reset(who.id(), "removed by its user");
    }
}
