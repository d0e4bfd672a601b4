package org.knotwork.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The table {@code audit_checkpoints}: the chain's head noted from time to time (see {@link AuditCheckpoint}). */
final class AuditCheckpoints {

    private AuditCheckpoints() {}

    /**
     * Notes the chain's current head, unless the last checkpoint already names it (an idle trail gets no new ones).
     * Takes the chain's lock for a moment so the head cannot move while it is read; commits on the connection.
     *
     * @return the new checkpoint, or empty when the trail is empty or has not moved
     */
    static Optional<AuditCheckpoint> take(Connection connection, Instant now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            AuditLedger.lockChain(connection);
            Optional<AuditCheckpoint> head = head(connection, now);
            Optional<AuditCheckpoint> taken = head.filter(h -> !isLastNoted(connection, h));
            if (taken.isPresent()) {
                taken = Optional.of(insert(connection, taken.get()));
            }
            connection.commit();
            return taken;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Every checkpoint noted, oldest first, from {@code fromLine} on. */
    static List<AuditCheckpoint> since(Connection connection, long fromLine) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, taken_at, line_id, line_hash from audit_checkpoints where line_id >= ? order by id")) {
            query.setLong(1, fromLine);
            return read(query);
        }
    }

    /** The newest checkpoints first, at most {@code limit}. */
    static List<AuditCheckpoint> newest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id, taken_at, line_id, line_hash from audit_checkpoints order by id desc limit ?")) {
            query.setInt(1, limit);
            return read(query);
        }
    }

    private static List<AuditCheckpoint> read(PreparedStatement query) throws SQLException {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checkpoints.add(new AuditCheckpoint(
                        rows.getLong(1),
                        rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getLong(3),
                        rows.getString(4)));
            }
        }
        return checkpoints;
    }

    private static Optional<AuditCheckpoint> head(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select id, hash from audit_events order by id desc limit 1");
                ResultSet row = query.executeQuery()) {
            return row.next()
                    ? Optional.of(new AuditCheckpoint(null, AuditChain.storable(now), row.getLong(1), row.getString(2)))
                    : Optional.empty();
        }
    }

    private static boolean isLastNoted(Connection connection, AuditCheckpoint head) {
        try (PreparedStatement query = connection.prepareStatement(
                "select line_id = ? and line_hash = ? from audit_checkpoints order by id desc limit 1")) {
            query.setLong(1, head.lineId());
            query.setString(2, head.lineHash());
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the last audit checkpoint", e);
        }
    }

    private static AuditCheckpoint insert(Connection connection, AuditCheckpoint head) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_checkpoints (taken_at, line_id, line_hash) values (?, ?, ?) returning id")) {
            insert.setObject(1, head.takenAt().atOffset(ZoneOffset.UTC));
            insert.setLong(2, head.lineId());
            insert.setString(3, head.lineHash());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new AuditCheckpoint(id.getLong(1), head.takenAt(), head.lineId(), head.lineHash());
            }
        }
    }
}
