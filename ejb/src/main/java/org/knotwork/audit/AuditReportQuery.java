package org.knotwork.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** The lines of a period for an audit report (ONC §170.315(d)(3)), sorted as asked. */
final class AuditReportQuery {

    private final EntityManager em;

    AuditReportQuery(EntityManager em) {
        this.em = em;
    }

    /** Lines from {@code from} (inclusive) to {@code to} (exclusive), at most {@code limit}, read-only. */
    List<AuditEvent> lines(Instant from, Instant to, AuditReportOrder order, int limit) {
        return em.createQuery(
                        "select e from AuditEvent e where e.occurredAt >= :from and e.occurredAt < :to order by "
                                + order.orderBy(),
                        AuditEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("org.hibernate.readOnly", true)
                .setMaxResults(limit)
                .getResultList();
    }
}
