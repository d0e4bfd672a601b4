package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.TriggerPoint;

/**
 * The reads behind a chart and a note, each a fixed number of queries however long the client's history: points
 * with their muscles in one query, the session list as one projection, a note's collections one query each.
 */
final class ChartQueries {

    private final EntityManager em;

    ChartQueries(EntityManager em) {
        this.em = em;
    }

    List<TriggerPoint> points(UUID clientId) {
        return em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle where p.client.id = :client"
                                + " order by p.chartedAt, p.id",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    List<NoteSummary> recentNotes(UUID clientId, int limit) {
        return em.createQuery(
                        "select new org.knotwork.charting.NoteSummary(n.id, n.sessionAt, n.therapistId, u.displayName,"
                                + " n.status, n.painBefore, n.painAfter,"
                                + " (select count(d) from Deviation d where d.note = n))"
                                + " from TreatmentNote n join User u on u.id = n.therapistId"
                                + " where n.client.id = :client order by n.sessionAt desc, n.id",
                        NoteSummary.class)
                .setParameter("client", clientId)
                .setMaxResults(limit)
                .getResultList();
    }

    boolean hasNoteBy(UUID clientId, UUID therapistId) {
        return !em.createQuery(
                        "select 1 from TreatmentNote n where n.client.id = :client and n.therapistId = :therapist",
                        Integer.class)
                .setParameter("client", clientId)
                .setParameter("therapist", therapistId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** A note with everything it shows: client, episodes with their points and muscles, measurements, deviations. */
    TreatmentNote note(UUID noteId) {
        List<TreatmentNote> found = em.createQuery(
                        "select n from TreatmentNote n join fetch n.client left join fetch n.episodes e"
                                + " left join fetch e.triggerPoint p left join fetch p.muscle where n.id = :id",
                        TreatmentNote.class)
                .setParameter("id", noteId)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        for (String collection : List.of("measurements", "deviations", "amendments", "clearances")) {
            em.createQuery(
                            "select n from TreatmentNote n left join fetch n." + collection + " where n.id = :id",
                            TreatmentNote.class)
                    .setParameter("id", noteId)
                    .getResultList();
        }
        return found.get(0);
    }

    /** A note with its client and episodes, their points and muscles: what a handout is written from, one query. */
    TreatmentNote noteWithEpisodes(UUID noteId) {
        return em.createQuery(
                        "select n from TreatmentNote n join fetch n.client left join fetch n.episodes e"
                                + " left join fetch e.triggerPoint p left join fetch p.muscle where n.id = :id",
                        TreatmentNote.class)
                .setParameter("id", noteId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    List<TriggerPoint> clientPoints(UUID clientId, List<UUID> pointIds) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle where p.client.id = :client and p.id in :ids",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                .setParameter("ids", pointIds)
                .getResultList();
    }
}
