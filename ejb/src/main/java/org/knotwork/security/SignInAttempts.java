package org.knotwork.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Counts failed sign-ins per typed username in the database, where every instance sees the same count.
 *
 * <p>An attempt is counted <em>before</em> its password is checked ({@link #reserve}) and forgiven when the
 * password proves right ({@link #forgive}). One atomic statement per attempt, serialised by PostgreSQL's row lock,
 * so twelve guesses at once check at most as many passwords as the limit allows: the wrong one that reaches it locks
 * the name, and those past it wait for the ones being checked ({@link AttemptTurn}): refused as locked once the
 * lock is set, checked once a right password has forgiven the count. Each call commits on its own, so a count
 * survives whatever happens to the rest of the request, and no lock is held while a password is hashed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInAttempts {

    private static final String RESERVE = """
            insert into sign_in_attempts as a (username, failures, locked_until) values (?1, 1, null)
            on conflict (username) do update set
                failures = case when a.locked_until > ?2 then a.failures
                                when a.locked_until is not null then 1
                                else a.failures + 1 end,
                locked_until = case when a.locked_until > ?2 then a.locked_until else null end
            returning failures, locked_until
            """;

    /** What counting one more attempt found: the attempt's number in the row, and the lock if there is one. */
    public record Reservation(int number, Instant lockedUntil) {

        /** Whether this attempt may go on to have its password checked. */
        boolean mayCheck(Instant now) {
            return lockedUntil == null || !now.isBefore(lockedUntil);
        }

        /**
         * Past the limit with no lock: the attempts counted before it are still being checked, and a right password
         * among them would forgive them all; this one must wait its turn ({@link AttemptTurn}).
         */
        boolean mustWait(LockoutPolicy policy) {
            return lockedUntil == null && number > policy.maxFailures();
        }
    }

    @PersistenceContext
    private EntityManager em;

    public SignInAttempts() {}

    /** For tests with a resource-local persistence context. */
    SignInAttempts(EntityManager em) {
        this.em = em;
    }

    /** Counts an attempt for {@code username} (normalised) before its password or code is checked. */
    public Reservation reserve(String username, Instant now, LockoutPolicy policy) {
        Object[] row = (Object[]) em.createNativeQuery(RESERVE)
                .setParameter(1, key(username))
                .setParameter(2, at(now))
                .getSingleResult();
        return new Reservation(((Number) row[0]).intValue(), instant(row[1]));
    }

    /** Gives back the count of an attempt that must wait for those before it ({@link Reservation#mustWait}). */
    public void release(String username) {
        em.createNativeQuery("update sign_in_attempts set failures = failures - 1"
                        + " where username = ?1 and failures > 0 and locked_until is null")
                .setParameter(1, key(username))
                .executeUpdate();
    }

    /** Locks the name from {@code now} for the policy's time, unless it is locked already. */
    public void lock(String username, Instant now, LockoutPolicy policy) {
        em.createNativeQuery(
                        "update sign_in_attempts set locked_until = ?1 where username = ?2 and locked_until is null")
                .setParameter(1, at(now.plus(policy.lockDuration())))
                .setParameter(2, key(username))
                .executeUpdate();
    }

    /**
     * The attempt {@code reservation} was wrong. If it was the last one the limit allows, the name is locked from now
     * on; true when the name is locked.
     */
    public boolean failed(String username, Reservation reservation, Instant now, LockoutPolicy policy) {
        if (reservation.number() < policy.maxFailures()) {
            return false;
        }
        lock(username, now, policy);
        return true;
    }

    /** A right password forgives the mistakes before it; a lock that guesses set meanwhile stays. */
    public void forgive(String username) {
        em.createNativeQuery("delete from sign_in_attempts where username = ?1 and locked_until is null")
                .setParameter(1, key(username))
                .executeUpdate();
    }

    private static String key(String username) {
        String name = User.normalise(username);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
