package org.knotwork.outcomes;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Rows gathered per table and sent with PostgreSQL's COPY, in the order the foreign keys need. A batch is committed
 * as one transaction, so a signed note and its episodes arrive together, as the signing triggers of V5 require.
 */
final class CopyRows {

    /** Tables in insertion order, each with the columns its rows give. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("users", "id, username, display_name, password_hash, created_at, updated_at");
        TABLES.put("user_roles", "user_id, role");
        TABLES.put("clients", "id, given_name, family_name, date_of_birth, main_complaint, created_at, updated_at");
        TABLES.put(
                "trigger_points",
                "id, client_id, muscle_code, side, view, x, y, status, taut_band, spot_tenderness,"
                        + " local_twitch_response, jump_sign, referred_pain_found, recognised_pain, charted_at,"
                        + " charted_by");
        TABLES.put(
                "treatment_notes",
                "id, client_id, therapist_id, session_at, status, signed_at, complaint, complaint_region, pain_before,"
                        + " assessment, plan, pain_after, updated_at");
        TABLES.put(
                "trigger_point_status_changes",
                "id, trigger_point_id, seq, from_status, to_status, changed_at, changed_by");
        TABLES.put(
                "note_point_measurements",
                "id, note_id, trigger_point_id, ppt_before_kpa, ppt_after_kpa, status_after");
        TABLES.put(
                "note_episodes",
                "id, note_id, trigger_point_id, seq, kind, hold_seconds, repetitions, pressure_level, discomfort,"
                        + " release_reason, stretch_name, breathing_coordinated, forced, modality, minutes,"
                        + " skin_checked");
        TABLES.put("note_deviations", "id, note_id, trigger_point_id, episode_seq, type, explanation, reason");
    }

    private final Map<String, StringBuilder> rows = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    CopyRows() {
        TABLES.keySet().forEach(table -> rows.put(table, new StringBuilder()));
    }

    /** One row; {@code null} is SQL null, everything else its text, quoted. */
    void add(String table, Object... values) {
        StringBuilder out = rows.get(table);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"')
                        .append(values[i].toString().replace("\"", "\"\""))
                        .append('"');
            }
        }
        out.append('\n');
        counts.merge(table, 1L, Long::sum);
    }

    /** Sends the gathered rows and commits them as one transaction. */
    void copy(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            var copier = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : TABLES.entrySet()) {
                StringBuilder data = rows.get(table.getKey());
                if (data.length() > 0) {
                    copier.copyIn(
                            "copy " + table.getKey() + " (" + table.getValue() + ") from stdin with (format csv)",
                            new StringReader(data.toString()));
                    data.setLength(0);
                }
            }
            connection.commit();
        } catch (IOException e) {
            connection.rollback();
            throw new SQLException("COPY failed", e);
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Rows added so far, per table. */
    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }
}
