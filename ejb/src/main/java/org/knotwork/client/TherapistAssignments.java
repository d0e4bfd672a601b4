package org.knotwork.client;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;

/** The table {@code client_therapists} (V21): which therapists an owner assigned to which client. */
final class TherapistAssignments {

    private final EntityManager em;

    TherapistAssignments(EntityManager em) {
        this.em = em;
    }

    ClientTherapists of(Client client) {
        UUID clientId = client.id();
        return new ClientTherapists(
                clientId,
                client.version(),
                carers(
                        "select a.therapist_id, u.display_name, a.assigned_at, a.assigned_by from client_therapists a"
                                + " join users u on u.id = a.therapist_id where a.client_id = ?1 order by u.display_name, u.id",
                        clientId),
                carers(
                        "select t.therapist_id, u.display_name, t.first_signed_at, null from client_treated_by t"
                                + " join users u on u.id = t.therapist_id where t.client_id = ?1 order by u.display_name, u.id",
                        clientId));
    }

    /**
     * Makes {@code therapists} the client's assigned therapists: each must be an active user with the therapist role.
     * Returns the ids assigned before, for the audit trail.
     */
    List<UUID> replace(UUID clientId, List<UUID> therapists, UUID by, Instant now) {
        List<UUID> before = assignedIds(clientId);
        for (int i = 0; i < therapists.size(); i++) {
            if (!isActiveTherapist(therapists.get(i))) {
                throw new RuleViolationException(
                        "therapistIds[" + i + "]", "Assign active users with the therapist role only.");
            }
        }
        if (therapists.isEmpty()) {
            em.createNativeQuery("delete from client_therapists where client_id = :client")
                    .setParameter("client", clientId)
                    .executeUpdate();
        } else {
            em.createNativeQuery(
                            "delete from client_therapists where client_id = :client and therapist_id not in :kept")
                    .setParameter("client", clientId)
                    .setParameter("kept", therapists)
                    .executeUpdate();
        }
        for (UUID therapist : Set.copyOf(therapists)) {
            assign(clientId, therapist, by, now);
        }
        return before;
    }

    void assign(UUID clientId, UUID therapistId, UUID by, Instant now) {
        em.createNativeQuery("insert into client_therapists (client_id, therapist_id, assigned_at, assigned_by)"
                        + " values (?1, ?2, ?3, ?4) on conflict (client_id, therapist_id) do nothing")
                .setParameter(1, clientId)
                .setParameter(2, therapistId)
                .setParameter(3, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(4, by)
                .executeUpdate();
    }

    private List<UUID> assignedIds(UUID clientId) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery(
                        "select therapist_id from client_therapists where client_id = ?1 order by therapist_id")
                .setParameter(1, clientId)
                .getResultList()) {
            ids.add((UUID) id);
        }
        return ids;
    }

    private boolean isActiveTherapist(UUID userId) {
        return !em.createNativeQuery("select 1 from users u join user_roles r on r.user_id = u.id"
                        + " where u.id = ?1 and u.active and r.role = ?2")
                .setParameter(1, userId)
                .setParameter(2, Role.THERAPIST.name())
                .getResultList()
                .isEmpty();
    }

    private List<ClientTherapists.Carer> carers(String sql, UUID clientId) {
        List<ClientTherapists.Carer> carers = new ArrayList<>();
        for (Object row :
                em.createNativeQuery(sql, Tuple.class).setParameter(1, clientId).getResultList()) {
            Tuple tuple = (Tuple) row;
            carers.add(new ClientTherapists.Carer(
                    tuple.get(0, UUID.class),
                    tuple.get(1, String.class),
                    instant(tuple.get(2)),
                    tuple.get(3) == null ? null : tuple.get(3, UUID.class)));
        }
        return carers;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime moment) {
            return moment.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
