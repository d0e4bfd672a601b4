package org.knotwork.bodymap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.knotwork.platform.RuleViolationException;

/** The muscles a therapist can chart a point in, with where they show on the body map. */
@Stateless
public class MuscleCatalogue {

    @PersistenceContext
    private EntityManager em;

    public List<Muscle> all() {
        return em.createQuery(
                        "select distinct m from Muscle m left join fetch m.locations order by m.sortOrder",
                        Muscle.class)
                .getResultList();
    }

    /** The muscle with this code; a code not in the catalogue is the caller's mistake. */
    public Muscle find(String code) {
        Muscle muscle = code == null ? null : em.find(Muscle.class, code);
        if (muscle == null) {
            throw new RuleViolationException("muscle", "Choose a muscle from the catalogue.");
        }
        return muscle;
    }
}
