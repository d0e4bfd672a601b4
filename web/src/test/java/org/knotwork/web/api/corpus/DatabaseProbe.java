package org.knotwork.web.api.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The integration test database seen directly, to check what the API cannot show: that a refused request wrote
 * nothing (each table's row count and newest row version are unchanged), and which audit lines a request left,
 * chained or still waiting to be.
 */
public final class DatabaseProbe implements AutoCloseable {

    /** Every table a request of the API may write, apart from the audit trail's own. */
    static final List<String> TABLES = List.of(
            "clients",
            "client_contraindications",
            "client_therapists",
            "client_treated_by",
            "users",
            "user_roles",
            "practice_settings",
            "practice_logo",
            "muscles",
            "muscle_self_care",
            "trigger_points",
            "trigger_point_status_changes",
            "treatment_notes",
            "note_episodes",
            "note_point_measurements",
            "note_deviations",
            "note_amendments",
            "handouts",
            "second_factors",
            "recovery_codes",
            "second_factor_roles",
            "questionnaires",
            "questionnaire_responses",
            "bulk_exports");

    private final Connection connection;
    private final String fingerprintSql;

    public DatabaseProbe() {
        try {
            connection = DriverManager.getConnection(System.getProperty("knotwork.it.db.url"), "postgres", "");
        } catch (SQLException e) {
            throw new IllegalStateException("The integration test database is not reachable", e);
        }
        fingerprintSql = TABLES.stream()
                .map(t -> "select '" + t + "' || ':' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from "
                        + t)
                .collect(Collectors.joining(" union all "));
    }

    /** Changes whenever a row of those tables is inserted, updated or deleted. */
    public String fingerprint() {
        StringBuilder print = new StringBuilder();
        try (PreparedStatement query = connection.prepareStatement(fingerprintSql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                print.append(rows.getString(1)).append(' ');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return print.toString();
    }

    /** An audit line as the test looks at it. */
    public record Line(
            String action,
            String outcome,
            String recordType,
            String recordId,
            String clientId,
            String actor,
            String detail) {}

    /** The lines recorded from {@code since} on, chained or waiting, in the order they were recorded. */
    public List<Line> linesSince(Instant since) {
        List<Line> lines = new ArrayList<>();
        String columns = "occurred_at, action, outcome, record_type, record_id, client_id::text, actor_name, detail";
        try (PreparedStatement query = connection.prepareStatement("select * from (select " + columns
                + " from audit_events where occurred_at >= ? union all select " + columns
                + " from audit_pending where occurred_at >= ?) lines order by occurred_at")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            query.setObject(2, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    public long count(String sql) {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
