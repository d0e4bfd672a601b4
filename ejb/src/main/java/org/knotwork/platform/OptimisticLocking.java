package org.knotwork.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.function.IntSupplier;

/**
 * Optimistic locking as every service applies it: the caller names the version it read, and the save is flushed
 * inside the call so that a concurrent save surfaces as a stale version (409), not as a failed commit (500). A save
 * first locks the record's row ({@link #lockRow}): of two saves at the same moment the second waits, then sees the
 * first one's version and is refused with 409, instead of both writing and one failing at commit.
 */
public final class OptimisticLocking {

    private OptimisticLocking() {}

    /** Refuses the change when the record moved on since the caller read {@code expected}. */
    public static void requireVersion(String what, long expected, long current) {
        if (current != expected) {
            throw new StaleVersionException(what, expected, current);
        }
    }

    /**
     * Locks the row of the record with this id until the transaction ends, waiting while another transaction holds
     * it. Call it before loading the record, so what is loaded is what the last save committed.
     *
     * @return whether there is such a record
     */
    public static boolean lockRow(EntityManager em, Class<?> type, Object id) {
        EntityType<?> entity = em.getMetamodel().entity(type);
        String idName = entity.getSingularAttributes().stream()
                .filter(SingularAttribute::isId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no single id"))
                .getName();
        return !em.createQuery("select e." + idName + " from " + entity.getName() + " e where e." + idName + " = :id")
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .isEmpty();
    }

    /**
     * Writes the change now, as {@link #flush}, and says whether there was one. Hibernate gives a record a new version
     * only when one of its fields changed, so a save that changes nothing keeps {@code versionRead}: it is no event,
     * and the caller records no change.
     */
    public static boolean flushChanged(EntityManager em, String what, long versionRead, IntSupplier version) {
        flush(em, what);
        return version.getAsInt() != versionRead;
    }

    /** Writes the change now; someone saving the same record at the same moment makes it stale. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(what);
        }
    }
}
