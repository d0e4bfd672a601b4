package org.knotwork.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** Work in a resource-local transaction of its own: committed when the work returns, rolled back when it throws. */
public final class ResourceLocal {

    private ResourceLocal() {}

    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
