package org.knotwork.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table {@code audit_pending}: lines written in the transaction of what they record, waiting to be chained. A line
 * is inserted here by that transaction, so it exists exactly when the transaction committed; {@link ChainSealing}
 * takes committed lines out and appends them to the chain.
 */
final class WaitingAuditLines {

    /**
     * The columns a line fills, in order, each with its type and its value taken from the line as stored (clipped):
     * the one mapping of an {@link AuditLine} to a row of {@code audit_pending}, for every statement that inserts one
     * ({@link #insert}, {@link #insertRelaxingCommit}, {@link AuditedRead#around}).
     */
    enum Column {
        OCCURRED_AT("timestamptz", line -> line.occurredAt().atOffset(ZoneOffset.UTC)),
        ACTOR_ID("uuid", AuditEvent::actorId),
        ACTOR_NAME("varchar", AuditEvent::actorName),
        ACTION("varchar", line -> line.action().name()),
        RECORD_TYPE("varchar", AuditEvent::recordType),
        RECORD_ID("varchar", AuditEvent::recordId),
        CLIENT_ID("uuid", AuditEvent::clientId),
        ADDRESS("varchar", AuditEvent::address),
        OUTCOME("varchar", line -> line.outcome().name()),
        DETAIL("varchar", AuditEvent::detail);

        /**
         * Every column in order, made once: {@code values()} makes a new array on every call, and a line is inserted
         * for every chart and handout opened.
         */
        static final List<Column> IN_ORDER = List.of(values());

        private final String type;
        private final Function<AuditEvent, Object> value;
        private final String column;

        Column(String type, Function<AuditEvent, Object> value) {
            this.type = type;
            this.value = value;
            this.column = name().toLowerCase(Locale.ROOT);
        }

        String column() {
            return column;
        }

        /** The value {@code named} (a placeholder: {@code ?} or {@code :name}) cast to the column's type. */
        String cast(String named) {
            return "cast(" + named + " as " + type + ")";
        }

        Object of(AuditEvent clipped) {
            return value.apply(clipped);
        }
    }

    static final String COLUMNS = Column.IN_ORDER.stream().map(Column::column).collect(Collectors.joining(", "));

    /**
     * Lets a transaction that has written nothing yet commit without waiting for the disk, as a materialized CTE named
     * {@code relax} to be joined before the line is inserted, so it sees the transaction as it was before this line.
     */
    static final String RELAX = "relax as materialized (select set_config('synchronous_commit', 'off', true)"
            + " where pg_current_xact_id_if_assigned() is null)";

    /** Every column's value, bound in order, cast to its type (so a null needs no type of its own). */
    private static final String CAST_VALUES =
            Column.IN_ORDER.stream().map(column -> column.cast("?")).collect(Collectors.joining(", "));

    private WaitingAuditLines() {}

    /** Inserts the line in the connection's current transaction. */
    static void insert(Connection connection, AuditLine line) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_pending (" + COLUMNS + ") values (" + CAST_VALUES + ")")) {
            bind(insert, line, 1);
            insert.executeUpdate();
        }
    }

    /**
     * Writes {@code change} and inserts the line recording it, in one statement in the connection's current transaction:
     * the change is a common table expression, which PostgreSQL runs whether or not the insert reads it, and a failure
     * of either fails both.
     */
    static void insertWith(Connection connection, AuditedChange change, AuditLine line) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("with change as (" + change.statement() + ")"
                + " insert into audit_pending (" + COLUMNS + ") values (" + CAST_VALUES + ")")) {
            bind(insert, line, change.bind(insert, 1));
            insert.executeUpdate();
        }
    }

    /**
     * Inserts the line and, in the same statement, lets a transaction that has written nothing before it commit
     * without waiting for the disk; returns whether it did. One round trip where a separate {@code set_config} took
     * two, on the most frequent write there is (every chart opened). The {@code relax} CTE is materialized and joined
     * before the row is inserted, so it sees the transaction as it was before this line: the insert itself assigns a
     * transaction id.
     */
    static boolean insertRelaxingCommit(Connection connection, AuditLine line) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("with " + RELAX
                + " insert into audit_pending (" + COLUMNS + ")"
                + " select " + CAST_VALUES + " from (select 1) one left join relax on true"
                + " returning (select count(*) from relax)")) {
            bind(insert, line, 1);
            try (ResultSet relaxed = insert.executeQuery()) {
                return relaxed.next() && relaxed.getLong(1) > 0;
            }
        }
    }

    private static void bind(PreparedStatement insert, AuditLine line, int first) throws SQLException {
        AuditEvent clipped = line.storable();
        int index = first;
        for (Column column : Column.IN_ORDER) {
            insert.setObject(index++, column.of(clipped));
        }
    }

    /**
     * Removes up to {@code max} committed lines, oldest first, and returns them in that order. The caller holds the
     * chain's lock, so no other sealer takes the same lines, and appends them to the chain in the same transaction, so
     * a line leaves this table only by joining the chain.
     */
    static List<AuditLine> take(Connection connection, int max) throws SQLException {
        List<Taken> taken = new ArrayList<>();
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_pending where id in"
                + " (select id from audit_pending order by id limit ?) returning id, " + COLUMNS)) {
            delete.setInt(1, max);
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    taken.add(new Taken(rows.getLong("id"), line(rows)));
                }
            }
        }
        // RETURNING promises no order; the chain takes the lines in the order they were written.
        taken.sort((a, b) -> Long.compare(a.id(), b.id()));
        return taken.stream().map(Taken::line).toList();
    }

    /** Whether any committed line waits; cheap, so an idle sealer does not take the chain's lock for nothing. */
    static boolean any(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select exists (select 1 from audit_pending)");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** How many lines wait, and how many of them have waited longer than {@code overdue}. */
    static Backlog backlog(Connection connection, Duration overdue) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*), count(*) filter (where"
                        + " recorded_at < clock_timestamp() - make_interval(secs => ?)), min(recorded_at) from audit_pending")) {
            query.setDouble(1, overdue.toMillis() / 1000.0);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp oldest = row.getTimestamp(3);
                return new Backlog(row.getLong(1), row.getLong(2), oldest == null ? null : oldest.toInstant());
            }
        }
    }

    /** Lines waiting to be chained: all of them, those waiting too long, and since when the oldest waits. */
    record Backlog(long waiting, long overdue, Instant oldestRecordedAt) {}

    private record Taken(long id, AuditLine line) {}

    /** A row of {@code audit_pending} (or of a statement returning its columns) as the line it holds. */
    static AuditLine line(ResultSet row) throws SQLException {
        AuditOrigin origin = new AuditOrigin();
        origin.setActorId(row.getObject("actor_id", UUID.class));
        origin.setActorName(row.getString("actor_name"));
        origin.setAddress(row.getString("address"));
        return new AuditLine(
                row.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                origin,
                AuditAction.valueOf(row.getString("action")),
                row.getString("record_type"),
                row.getString("record_id"),
                row.getObject("client_id", UUID.class),
                AuditOutcome.valueOf(row.getString("outcome")),
                row.getString("detail"));
    }
}
