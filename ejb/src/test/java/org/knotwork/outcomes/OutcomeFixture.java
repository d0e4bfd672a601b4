package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes a small practice row by row in one transaction (signed notes may be written only in the transaction that
 * signs them), for figures that are checked against values worked out by hand.
 */
final class OutcomeFixture {

    private final Connection connection;

    OutcomeFixture(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    UUID therapist(String username, String displayName) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                "insert into users (id, username, display_name, password_hash, created_at, updated_at)"
                        + " values (?, ?, ?, 'PBKDF2WithHmacSHA256:3072:c2FsdA==:aGFzaA==', now(), now())",
                id,
                username,
                displayName);
        insert("insert into user_roles (user_id, role) values (?, 'THERAPIST')", id);
        return id;
    }

    UUID client(String name) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                "insert into clients (id, given_name, family_name, created_at, updated_at)"
                        + " values (?, ?, 'Fixture', now(), now())",
                id,
                name);
        return id;
    }

    /** A point charted active (the first line of its history) by {@code by} at {@code at}. */
    UUID activePoint(UUID client, String muscle, Instant at, UUID by) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                "insert into trigger_points (id, client_id, muscle_code, side, view, x, y, status, taut_band,"
                        + " spot_tenderness, local_twitch_response, jump_sign, referred_pain_found, recognised_pain,"
                        + " charted_at, charted_by) values (?, ?, ?, 'RIGHT', 'POSTERIOR', 0.5, 0.3, 'ACTIVE', 'YES',"
                        + " 'YES', 'NOT_TESTED', 'NOT_TESTED', 'NOT_TESTED', 'NOT_TESTED', ?, ?)",
                id,
                client,
                muscle,
                ts(at),
                by);
        statusChange(id, 1, null, "ACTIVE", at, by);
        return id;
    }

    void statusChange(UUID point, int seq, String from, String to, Instant at, UUID by) throws SQLException {
        insert(
                "insert into trigger_point_status_changes (id, trigger_point_id, seq, from_status, to_status,"
                        + " changed_at, changed_by) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                point,
                seq,
                from,
                to,
                ts(at),
                by);
        insert("update trigger_points set status = ? where id = ?", to, point);
    }

    /** A note signed an hour after the session; {@code pain} and {@code region} may be null. */
    UUID signedNote(UUID client, UUID therapist, Instant session, Integer pain, String region) throws SQLException {
        return note(client, therapist, session, pain, region, true);
    }

    UUID draftNote(UUID client, UUID therapist, Instant session, Integer pain) throws SQLException {
        return note(client, therapist, session, pain, null, false);
    }

    private UUID note(UUID client, UUID therapist, Instant session, Integer pain, String region, boolean signed)
            throws SQLException {
        UUID id = UUID.randomUUID();
        insert(
                "insert into treatment_notes (id, client_id, therapist_id, session_at, status, signed_at, pain_before,"
                        + " complaint_region, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                client,
                therapist,
                ts(session),
                signed ? "SIGNED" : "DRAFT",
                signed ? ts(session.plusSeconds(3600)) : null,
                pain,
                region,
                ts(session));
        return id;
    }

    void treated(UUID note, UUID point, Double pptBeforeKpa) throws SQLException {
        insert(
                "insert into note_point_measurements (id, note_id, trigger_point_id, ppt_before_kpa)"
                        + " values (?, ?, ?, ?)",
                UUID.randomUUID(),
                note,
                point,
                pptBeforeKpa);
    }

    void deviation(UUID note, UUID point, int episodeSeq, String type) throws SQLException {
        insert(
                "insert into note_deviations (id, note_id, trigger_point_id, episode_seq, type, explanation, reason)"
                        + " values (?, ?, ?, ?, ?, 'fixture', 'fixture')",
                UUID.randomUUID(),
                note,
                point,
                episodeSeq,
                type);
    }

    void commit() throws SQLException {
        connection.commit();
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
