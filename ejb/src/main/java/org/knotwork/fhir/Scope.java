package org.knotwork.fhir;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What an export covers, one client's record or the whole practice's, the API's address the links are built on, and
 * the clinic's time zone, which gives an offset to the clinic's dates and times (FHIR wants one on every time of day).
 * Every mapping runs one statement per kind of resource, streamed, whatever the size of the practice.
 */
public record Scope(UUID clientId, String baseUrl, ZoneId clinicZone) {

    /** Rows read from the database at a time: bounded memory for the practice's million episodes. */
    static final int FETCH = 2000;

    public static Scope client(UUID clientId, String baseUrl, ZoneId clinicZone) {
        return new Scope(clientId, baseUrl, clinicZone);
    }

    public static Scope practice(String baseUrl, ZoneId clinicZone) {
        return new Scope(null, baseUrl, clinicZone);
    }

    /** The condition that keeps a statement to the client, or nothing for the whole practice. */
    String only(String clientColumn) {
        return clientId == null ? "" : " and " + clientColumn + " = ?";
    }

    /**
     * A client's resources in a stable order; a practice's in the order the database reads them, since sorting a
     * million episodes would cost more than the export and NDJSON lines need no order.
     */
    String orderBy(String columns) {
        return clientId == null ? "" : " order by " + columns;
    }

    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a statement written with {@link #only} once, streaming its rows. */
    void each(Connection connection, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            if (clientId != null) {
                long placeholders = sql.chars().filter(c -> c == '?').count();
                for (int i = 1; i <= placeholders; i++) {
                    statement.setObject(i, clientId);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        }
    }
}
