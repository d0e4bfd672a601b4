package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The reads behind a client's progress, three projections whatever the length of the history: the most recent
 * signed sessions, the thresholds measured in them, and the status changes of the client's points.
 */
final class ProgressQueries {

    /** Status changes drawn at most; a point changes status a few times in its life. */
    static final int STATUS_CHANGES = 1000;

    private final EntityManager em;

    ProgressQueries(EntityManager em) {
        this.em = em;
    }

    /** The most recent signed sessions, oldest first. */
    List<ClientProgress.PainLine> pain(UUID clientId, int sessions) {
        List<ClientProgress.PainLine> newestFirst = new ArrayList<>(em.createQuery(
                        "select new org.knotwork.charting.ClientProgress$PainLine(n.id, n.sessionAt, n.painBefore,"
                                + " n.painAfter) from TreatmentNote n where n.client.id = :client"
                                + " and n.status = org.knotwork.charting.NoteStatus.SIGNED"
                                + " order by n.sessionAt desc, n.id"
                                + Limits.literal(sessions),
                        ClientProgress.PainLine.class)
                .setParameter("client", clientId)
                .getResultList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Thresholds of the signed sessions from {@code since} on, oldest first. */
    List<ClientProgress.PptLine> thresholds(UUID clientId, Instant since) {
        return em.createQuery(
                        "select new org.knotwork.charting.ClientProgress$PptLine(p.id, mu.name, p.side, n.sessionAt,"
                                + " m.pptBeforeKpa, m.pptAfterKpa) from PointMeasurement m join m.note n"
                                + " join m.triggerPoint p join p.muscle mu where n.client.id = :client"
                                + " and n.status = org.knotwork.charting.NoteStatus.SIGNED and n.sessionAt >= :since"
                                + " order by n.sessionAt, p.chartedAt, p.id",
                        ClientProgress.PptLine.class)
                .setParameter("client", clientId)
                .setParameter("since", since)
                .getResultList();
    }

    List<ClientProgress.StatusLine> statusChanges(UUID clientId) {
        return em.createQuery(
                        "select new org.knotwork.charting.ClientProgress$StatusLine(p.id, mu.name, p.side, c.from,"
                                + " c.to, c.changedAt) from StatusChange c join c.triggerPoint p join p.muscle mu"
                                + " where p.client.id = :client order by c.changedAt, c.seq"
                                + Limits.literal(STATUS_CHANGES),
                        ClientProgress.StatusLine.class)
                .setParameter("client", clientId)
                .getResultList();
    }
}
