package org.knotwork.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.knotwork.platform.Page;

/**
 * The audit trail's chained table: appending chained rows under the chain's lock, and listing them. {@link
 * ChainSealing} appends the lines waiting in {@code audit_pending}; {@link ChainVerification} checks the chain.
 * Tests run it on a plain resource-local entity manager.
 */
final class AuditLedger {

    /**
     * Serialises appends: whoever holds it reads the last hash and inserts the next row before anyone else may read
     * the last hash. Any fixed number, unique in Knotwork ("knotwork" in ASCII).
     */
    static final long CHAIN_LOCK = 0x6b6e6f74776f726bL;

    private final EntityManager em;

    AuditLedger(EntityManager em) {
        this.em = em;
    }

    /** Appends one row after the current last one; see {@link #appendAll}. */
    AuditEvent append(
            Instant now,
            AuditOrigin origin,
            AuditAction action,
            String recordType,
            String recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        return appendAll(List.of(new AuditLine(now, origin, action, recordType, recordId, clientId, outcome, detail)))
                .get(0);
    }

    /**
     * Appends the lines after the current last row, in the order given: one lock, one read of the chain head, one
     * batched insert. The lock is a transaction lock, released when the caller's transaction ends, so that
     * transaction should be short and should commit right after: {@link ChainSealing} is the one that does in
     * production; tests build chains with it directly.
     */
    List<AuditEvent> appendAll(List<AuditLine> lines) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            lockChain(connection);
            return appendAll(connection, lines);
        });
    }

    /** The same on a connection whose transaction already holds the chain's lock. */
    static List<AuditEvent> appendAll(Connection connection, List<AuditLine> lines) throws SQLException {
        if (lines.isEmpty()) {
            return List.of();
        }
        ChainHead head = chainHead(connection, lines.size());
        List<AuditEvent> events = new ArrayList<>(lines.size());
        String previous = head.lastHash();
        for (int i = 0; i < lines.size(); i++) {
            AuditEvent event = lines.get(i).following(previous, head.ids()[i]);
            events.add(event);
            previous = event.hash();
        }
        insert(connection, events);
        return events;
    }

    /** Rows from {@code from} (inclusive) to {@code to} (exclusive), of one actor and one client if given. */
    Page<AuditEvent> list(Instant from, Instant to, UUID actorId, UUID clientId, int page, int size) {
        StringBuilder where = new StringBuilder(" from AuditEvent e where 1 = 1");
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (actorId != null) {
            where.append(" and e.actorId = :actorId");
        }
        if (clientId != null) {
            where.append(" and e.clientId = :clientId");
        }
        TypedQuery<Long> count = em.createQuery("select count(e)" + where, Long.class);
        TypedQuery<AuditEvent> rows =
                em.createQuery("select e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            if (actorId != null) {
                query.setParameter("actorId", actorId);
            }
            if (clientId != null) {
                query.setParameter("clientId", clientId);
            }
        }
        long total = count.getSingleResult();
        long offset = Page.offset(page, size);
        List<AuditEvent> items = offset >= total
                ? List.of()
                : rows.setFirstResult((int) offset).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    /** Waits for the chain's lock, held until the transaction ends. */
    static void lockChain(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.executeQuery().close();
        }
    }

    /** Takes the chain's lock if nobody holds it, until the transaction ends; false if someone does. */
    static boolean tryLockChain(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            try (ResultSet taken = lock.executeQuery()) {
                taken.next();
                return taken.getBoolean(1);
            }
        }
    }

    private record ChainHead(String lastHash, long[] ids) {}

    /**
     * The last row's hash and the next {@code count} ids, read in one statement taken after the lock, so it sees
     * every row committed before the lock was granted. The ids are drawn under the lock, so they are consecutive and
     * rise in chain order, and verification can walk the chain by id.
     */
    private static ChainHead chainHead(Connection connection, int count) throws SQLException {
        try (PreparedStatement head =
                connection.prepareStatement("select (select hash from audit_events order by id desc limit 1),"
                        + " nextval(pg_get_serial_sequence('audit_events', 'id')) from generate_series(1, ?)")) {
            head.setInt(1, count);
            String lastHash = null;
            long[] ids = new long[count];
            int drawn = 0;
            try (ResultSet rows = head.executeQuery()) {
                while (rows.next()) {
                    lastHash = rows.getString(1);
                    ids[drawn++] = rows.getLong(2);
                }
            }
            Arrays.sort(ids);
            return new ChainHead(lastHash == null ? AuditChain.GENESIS : lastHash, ids);
        }
    }

    private static void insert(Connection connection, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_events (id, occurred_at,"
                + " actor_id, actor_name, action, record_type, record_id, client_id, address, outcome, detail,"
                + " prev_hash, hash) overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent event : events) {
                insert.setLong(1, event.id());
                insert.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setObject(3, event.actorId(), Types.OTHER);
                insert.setString(4, event.actorName());
                insert.setString(5, event.action().name());
                insert.setString(6, event.recordType());
                insert.setString(7, event.recordId());
                insert.setObject(8, event.clientId(), Types.OTHER);
                insert.setString(9, event.address());
                insert.setString(10, event.outcome().name());
                insert.setString(11, event.detail());
                insert.setString(12, event.prevHash());
                insert.setString(13, event.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
