package org.knotwork.bodymap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;

/** The muscles a therapist can chart a point in, with where they show on the body map. */
@Stateless
public class MuscleCatalogue {

    static final String RECORD = "MUSCLE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** Every muscle with where it shows on the body map, in one query, each as {@code view} shows it. */
    public <V> List<V> all(@NotNull Function<Muscle, V> view) {
        return em
                .createQuery(
                        "select distinct m from Muscle m left join fetch m.locations order by m.sortOrder",
                        Muscle.class)
                .getResultList()
                .stream()
                .map(view)
                .toList();
    }

    /** A muscle's stretches, in the catalogue's order; the first that suits a point and the client is the default. */
    public <V> List<V> stretches(@NotNull String code, @NotNull Function<Stretch, V> view) {
        if (em.find(Muscle.class, code) == null) {
            throw new RecordNotFoundException("There is no muscle " + code + " in the catalogue.");
        }
        return em
                .createQuery("select s from Stretch s where s.muscleCode = :code order by s.sortOrder", Stretch.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .map(view)
                .toList();
    }

    /** The muscle with this code; a code not in the catalogue is the caller's mistake. */
    public Muscle find(String code) {
        Muscle muscle = code == null ? null : em.find(Muscle.class, code);
        if (muscle == null) {
            throw new RuleViolationException("muscle", "Choose a muscle from the catalogue.");
        }
        return muscle;
    }

    /**
     * An administrator's correction of a muscle's description as {@code edit} makes it from the current one, unless
     * someone changed it since they read it.
     */
    public <V> V describe(
            @NotNull String code,
            long expectedVersion,
            @NotNull UnaryOperator<MuscleDescription> edit,
            @NotNull Function<Muscle, V> view) {
        OptimisticLocking.lockRow(em, Muscle.class, code);
        Muscle muscle = em.createQuery(
                        "select m from Muscle m left join fetch m.locations where m.code = :code", Muscle.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (muscle == null) {
            throw new RecordNotFoundException("There is no muscle " + code + " in the catalogue.");
        }
        OptimisticLocking.requireVersion("The muscle " + code, expectedVersion, muscle.version());
        MuscleDescription wanted = edit.apply(new MuscleDescription(muscle.referredPain(), muscle.snomedCode()));
        muscle.describe(wanted.referredPain(), wanted.snomedCode());
        if (OptimisticLocking.flushChanged(em, "The muscle " + code, expectedVersion, muscle::version)) {
            audit.record(AuditAction.UPDATE, RECORD, code, null, AuditOutcome.SUCCESS, null);
        }
        return view.apply(muscle);
    }
}
