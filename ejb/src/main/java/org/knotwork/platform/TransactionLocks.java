package org.knotwork.platform;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks held until the transaction ends, for a check followed by an insert: of two requests at
 * once, the second waits here for the first's transaction, then its check sees what the first wrote, instead of both
 * passing the check and the second failing at commit (a 500) or, with nothing unique to stop it, both inserting. Each
 * lock's key is any number, the same on every instance, kept beside the work it serialises; {@code UserService}'s are
 * {@code 0x6b6e6f74_0001} and {@code _0002}, so others count on from there.
 */
public final class TransactionLocks {

    private TransactionLocks() {}

    /** Takes the lock {@code key}, waiting while another transaction holds it. */
    public static void take(EntityManager em, long key) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
    }
}
