package org.knotwork.charting;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.knotwork.audit.RecordedRead;
import org.knotwork.bodymap.Criteria;
import org.knotwork.bodymap.MappedPoint;
import org.knotwork.bodymap.Placement;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientService;
import org.knotwork.practice.PracticeSettings;

/**
 * The reads behind a chart and a note, each a fixed number of queries however long the client's history: the client
 * with their points and muscles in one query, the session list as one projection, a note's collections one query each.
 */
final class ChartQueries {

    private static final String CLIENT_AND_PRACTICE =
            " from Client c join PracticeSettings s on s.id = :practice left join fetch c.contraindications";

    private final EntityManager em;

    ChartQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The client with their contraindications, and the practice's settings, in one query where finding each took a
     * round trip of its own: both are then in the persistence context, so the access check and the views find the
     * settings there.
     */
    Client clientAndPractice(UUID clientId) {
        return (Client) clientRows(clientId, false).get(0)[0];
    }

    /**
     * What a chart opens with, in one query: {@link #clientAndPractice} and the points on the client's body map with
     * their muscles, in the order they were charted. The body map came in a round trip of its own, and PostgreSQL spends
     * about as much on a round trip whatever it carries. The points are read as values ({@link MappedPoint}), not as
     * entities: a chart changes none of them, and Hibernate turning the rows into entities was about half of the
     * query's cost in Payara Micro. A contraindication repeats each point on a row of its own; the repeats are next to
     * each other and kept once.
     */
    ClientWithPoints clientWithPoints(UUID clientId) {
        List<Object[]> rows = clientRows(clientId, true);
        List<MappedPoint> points = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[2];
            // Ordered by point, so a point's repeats are next to each other.
            if (id != null
                    && (points.isEmpty() || !points.get(points.size() - 1).id().equals(id))) {
                points.add(new MappedPoint(
                        id,
                        (Integer) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        (Side) row[7],
                        (Placement) row[8],
                        (PointStatus) row[9],
                        (Criteria) row[10],
                        (String) row[11],
                        (Instant) row[12],
                        // Points charted in error are left out of the map.
                        null));
            }
        }
        return new ClientWithPoints((Client) rows.get(0)[0], List.copyOf(points));
    }

    /**
     * The one query shape both of the above read: client, contraindications and settings, with the body map's points
     * (those charted in error left out, in charted order) joined when asked for, as the values {@link MappedPoint}
     * holds. Refuses a client who does not exist.
     */
    private List<Object[]> clientRows(UUID clientId, boolean withPoints) {
        String query = withPoints
                ? "select c, s, p.id, p.version, m.code, m.name, m.referredPain, p.side, p.placement, p.status,"
                        + " p.criteria, p.referredPain, p.chartedAt" + CLIENT_AND_PRACTICE
                        + " left join TriggerPoint p on p.client = c and p.enteredInError.at is null"
                        + " left join p.muscle m where c.id = :client order by p.chartedAt, p.id"
                : "select c, s" + CLIENT_AND_PRACTICE + " where c.id = :client";
        List<Object[]> rows = em.createQuery(query, Object[].class)
                .setParameter("client", clientId)
                .setParameter("practice", PracticeSettings.THE_PRACTICE)
                .getResultList();
        if (rows.isEmpty()) {
            throw ClientService.noSuchClient(clientId);
        }
        return rows;
    }

    /** A client and the points on their body map, charted in error left out, in the order they were charted. */
    record ClientWithPoints(Client client, List<MappedPoint> points) {}

    /**
     * The client's latest sessions, newest first, each with its therapist's name and its number of deviations, as a
     * read that records the chart's look in the same statement ({@link RecordedRead}, see {@link ChartService#open}).
     */
    static RecordedRead<NoteSummary> recentNotes(UUID clientId, int limit) {
        return new RecordedRead<>(
                "select n.id, n.session_at, n.therapist_id, u.display_name as therapist_name, n.status,"
                        + " n.pain_before, n.pain_after,"
                        + " (select count(*) from note_deviations d where d.note_id = n.id) as deviations"
                        + " from treatment_notes n join users u on u.id = n.therapist_id"
                        + " where n.client_id = ? order by n.session_at desc, n.id"
                        + Limits.literal(limit),
                List.of(clientId),
                "session_at desc, id",
                ChartQueries::noteSummary);
    }

    private static NoteSummary noteSummary(ResultSet row) throws SQLException {
        return new NoteSummary(
                (UUID) row.getObject("id"),
                row.getTimestamp("session_at").toInstant(),
                (UUID) row.getObject("therapist_id"),
                row.getString("therapist_name"),
                NoteStatus.valueOf(row.getString("status")),
                (Integer) row.getObject("pain_before"),
                (Integer) row.getObject("pain_after"),
                row.getLong("deviations"));
    }

    /**
     * Per point of the client, the episodes of the latest signed session that treated it, in one query; a point
     * treated in two signed sessions at the same moment takes the later-signed one.
     */
    List<LastTreatment> lastTreatments(UUID clientId) {
        List<Object[]> rows = em.createQuery(
                        "select e, p.id, n.id, n.sessionAt from Episode e join e.note n join e.triggerPoint p"
                                + " where n.client.id = :client and n.status = :signed and n.sessionAt ="
                                + " (select max(n2.sessionAt) from Episode e2 join e2.note n2"
                                + " where e2.triggerPoint = e.triggerPoint and n2.status = :signed)"
                                + " order by p.id, n.signedAt desc, e.seq",
                        Object[].class)
                .setParameter("client", clientId)
                .setParameter("signed", NoteStatus.SIGNED)
                .getResultList();
        Map<UUID, LastTreatment> byPoint = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID point = (UUID) row[1];
            LastTreatment last = byPoint.computeIfAbsent(
                    point, id -> new LastTreatment(id, (UUID) row[2], (Instant) row[3], new ArrayList<>()));
            if (last.noteId().equals(row[2])) {
                last.episodes().add((Episode) row[0]);
            }
        }
        return List.copyOf(byPoint.values());
    }

    /** The therapist's latest saved draft of a session with this client, if one is still open. */
    Optional<TreatmentNote> openDraft(UUID clientId, UUID therapistId) {
        return em.createQuery(
                        "select n from TreatmentNote n where n.client.id = :client and n.therapistId = :therapist"
                                + " and n.status = :draft order by n.updatedAt desc",
                        TreatmentNote.class)
                .setParameter("client", clientId)
                .setParameter("therapist", therapistId)
                .setParameter("draft", NoteStatus.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    boolean treatedInASignedNote(UUID pointId) {
        return !em.createQuery(
                        "select 1 from Episode e where e.triggerPoint.id = :point and e.note.status = :signed",
                        Integer.class)
                .setParameter("point", pointId)
                .setParameter("signed", NoteStatus.SIGNED)
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
        // A point can be measured without an episode: its point and muscle come with the measurements.
        for (String collection : List.of(
                "measurements m left join fetch m.triggerPoint mp left join fetch mp.muscle",
                "deviations",
                "amendments",
                "clearances")) {
            em.createQuery(
                            "select n from TreatmentNote n left join fetch n." + collection + " where n.id = :id",
                            TreatmentNote.class)
                    .setParameter("id", noteId)
                    .getResultList();
        }
        return found.get(0);
    }

    /**
     * A note with its client and episodes, their points and muscles, and each treated point's measurement (its home
     * plan): what a handout is written from, in one query, where the measurements took a round trip of their own. A
     * note measures a point at most once (the schema's unique key), so the rows stay one per episode.
     */
    NoteWithPlans noteWithPlans(UUID noteId) {
        List<Object[]> rows = em.createQuery(
                        "select n, m, p.id from TreatmentNote n join fetch n.client left join fetch n.episodes e"
                                + " left join fetch e.triggerPoint p left join fetch p.muscle"
                                + " left join PointMeasurement m on m.note = n and m.triggerPoint = p where n.id = :id",
                        Object[].class)
                .setParameter("id", noteId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        TreatmentNote note = (TreatmentNote) rows.get(0)[0];
        Map<UUID, PointMeasurement> byPoint = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                byPoint.put((UUID) row[2], (PointMeasurement) row[1]);
            }
        }
        return NoteWithPlans.treated(note, byPoint);
    }

    List<TriggerPoint> clientPoints(UUID clientId, List<UUID> pointIds) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select p from TriggerPoint p join fetch p.muscle where p.client.id = :client"
                                + " and array_contains(:ids, p.id)",
                        TriggerPoint.class)
                .setParameter("client", clientId)
                // An array, not an IN list, so that Hibernate translates this query once (UserService#displayNames).
                .setParameter("ids", pointIds.toArray(UUID[]::new))
                .getResultList();
    }
}
