package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.RuleViolationException;

/**
 * Setting up, using and removing a user's second factor, each audited: the authenticator app's codes (checked by
 * {@link Totp}, each step accepted once) and the recovery codes ({@link RecoveryCodes}, each usable once).
 */
@Stateless
public class SecondFactorService {

    static final String ISSUER = "Knotwork";

    /** What an authenticator app needs to be set up: the secret, also as the URI its QR code carries. */
    public record Enrolment(String secret, String uri) {}

    /** Whether the user has a confirmed second factor, and how many recovery codes they have left. */
    public record Status(boolean enrolled, int recoveryCodesLeft) {}

    /** How a sign-in's second step was proven, if it was. */
    public enum Proof {
        AUTHENTICATOR,
        RECOVERY_CODE,
        WRONG
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public Status status(UUID userId) {
        SecondFactor factor = em.find(SecondFactor.class, userId);
        boolean enrolled = factor != null && factor.isConfirmed();
        return new Status(enrolled, enrolled ? recoveryCodesLeft(userId) : 0);
    }

    /** Makes a new secret to show as a QR code; nothing changes at sign-in until {@link #confirm}. */
    public Enrolment start(UUID userId, String username) {
        Instant now = clock.instant();
        SecondFactor factor = em.find(SecondFactor.class, userId);
        if (factor == null) {
            factor = SecondFactor.start(userId, now);
            em.persist(factor);
        } else {
            factor.restart(now);
        }
        return new Enrolment(factor.secret(), Totp.uri(ISSUER, username, factor.secret()));
    }

    /** The first code from the app proves it holds the secret; answers the recovery codes, shown this once. */
    public List<String> confirm(UUID userId, String code) {
        Instant now = clock.instant();
        SecondFactor factor = em.find(SecondFactor.class, userId);
        if (factor == null || factor.isConfirmed()) {
            throw new RuleViolationException("Start setting up the authenticator app first.");
        }
        OptionalLong step = Totp.matchingStep(factor.key(), code, now);
        if (step.isEmpty()) {
            audit.record(AuditAction.SECOND_FACTOR_FAILED, "USER", userId, null, AuditOutcome.FAILED, "set-up code");
            throw new RuleViolationException(
                    "code", "That code is not the one the app shows now. Check the phone's time and try again.");
        }
        factor.confirm(step.getAsLong(), now);
        List<String> codes = issueRecoveryCodes(userId);
        audit.record(
                AuditAction.SECOND_FACTOR_ENROLLED,
                "USER",
                userId,
                null,
                AuditOutcome.SUCCESS,
                "authenticator app; " + codes.size() + " recovery codes issued");
        return codes;
    }

    /** Checks a sign-in's second step; a code of the app is accepted once, a recovery code is used up. */
    public Proof verify(UUID userId, String code) {
        SecondFactor factor = em.find(SecondFactor.class, userId);
        if (factor == null || !factor.isConfirmed()) {
            return Proof.WRONG;
        }
        Proof proof =
                RecoveryCodes.looksLikeOne(code) ? useRecoveryCode(userId, code) : useAppCode(userId, factor, code);
        if (proof == Proof.WRONG) {
            audit.record(AuditAction.SECOND_FACTOR_FAILED, "USER", userId, null, AuditOutcome.FAILED, "sign-in code");
        } else {
            String detail = proof == Proof.AUTHENTICATOR
                    ? "authenticator app"
                    : "recovery code; " + recoveryCodesLeft(userId) + " left";
            audit.record(AuditAction.SECOND_FACTOR_USED, "USER", userId, null, AuditOutcome.SUCCESS, detail);
        }
        return proof;
    }

    /** New recovery codes replace all earlier ones (used up or lost). */
    public List<String> renewRecoveryCodes(UUID userId) {
        if (!status(userId).enrolled()) {
            throw new RuleViolationException("Set up an authenticator app first; recovery codes come with it.");
        }
        List<String> codes = issueRecoveryCodes(userId);
        audit.record(
                AuditAction.RECOVERY_CODES_ISSUED,
                "USER",
                userId,
                null,
                AuditOutcome.SUCCESS,
                codes.size() + " new codes; earlier ones no longer work");
        return codes;
    }

    /** Removes the user's second factor (a lost phone, or their own choice where the practice allows it). */
    public void reset(UUID userId, String why) {
        em.createNativeQuery("delete from recovery_codes where user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        SecondFactor factor = em.find(SecondFactor.class, userId);
        if (factor != null) {
            em.remove(factor);
        }
        audit.record(AuditAction.SECOND_FACTOR_RESET, "USER", userId, null, AuditOutcome.SUCCESS, why);
    }

    private Proof useAppCode(UUID userId, SecondFactor factor, String code) {
        OptionalLong step = Totp.matchingStep(factor.key(), code, clock.instant());
        if (step.isEmpty()) {
            return Proof.WRONG;
        }
        // Atomic across instances: of two requests with the same code, only one moves the step on.
        int accepted = em.createNativeQuery("update second_factors set last_used_step = ?1 where user_id = ?2"
                        + " and (last_used_step is null or last_used_step < ?1)")
                .setParameter(1, step.getAsLong())
                .setParameter(2, userId)
                .executeUpdate();
        return accepted == 1 ? Proof.AUTHENTICATOR : Proof.WRONG;
    }

    private Proof useRecoveryCode(UUID userId, String code) {
        int used = em.createNativeQuery("delete from recovery_codes where user_id = ?1 and code_hash = ?2")
                .setParameter(1, userId)
                .setParameter(2, RecoveryCodes.hash(code))
                .executeUpdate();
        return used == 1 ? Proof.RECOVERY_CODE : Proof.WRONG;
    }

    private List<String> issueRecoveryCodes(UUID userId) {
        em.createNativeQuery("delete from recovery_codes where user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            em.createNativeQuery("insert into recovery_codes (user_id, code_hash) values (?1, ?2)")
                    .setParameter(1, userId)
                    .setParameter(2, RecoveryCodes.hash(code))
                    .executeUpdate();
        }
        return codes;
    }

    private int recoveryCodesLeft(UUID userId) {
        return ((Number) em.createNativeQuery("select count(*) from recovery_codes where user_id = ?1")
                        .setParameter(1, userId)
                        .getSingleResult())
                .intValue();
    }
}
