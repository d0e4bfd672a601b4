package org.knotwork.security;

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
 * The audit trail's table, worked through an {@link EntityManager} inside the caller's transaction: appending a
 * chained row, listing and verifying. {@link AuditTrail} runs it in the container; tests run it on a plain
 * resource-local entity manager.
 */
final class AuditLedger {

    /**
     * Serialises appends: whoever holds it reads the last hash and inserts the next row before anyone else may read
     * the last hash. Any fixed number, unique in Knotwork ("knotwork" in ASCII).
     */
    static final long CHAIN_LOCK = 0x6b6e6f74776f726bL;

    static final int VERIFY_PAGE_SIZE = 500;

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
     * batched insert. The lock is a transaction lock: it is released when the caller's transaction ends, so that
     * transaction should be short and should commit right after.
     *
     * <p>The lock is held until the commit ends, so a commit that waits for the disk makes every other writer wait
     * for that flush too. Only a batch holding a line that is all its request writes (a sign-in, a sign-out, a
     * refusal) waits for it. Otherwise the batch commits without waiting ({@code synchronous_commit = off}): a
     * change's line is flushed by the change's own commit, which comes after it and waits, since PostgreSQL writes
     * its log in order; a read's line reaches the disk within a fraction of a second (three times
     * {@code wal_writer_delay}, 0.6 s by default). A database crash inside that window loses the newest read lines,
     * never a line in the middle, so the chain stays whole.
     */
    List<AuditEvent> appendAll(List<AuditLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            if (lines.stream().noneMatch(line -> line.action().mustReachTheDiskAlone())) {
                commitWithoutWaitingForDisk(connection);
            }
            lockChain(connection);
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
        });
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
        List<AuditEvent> items = total == 0
                ? List.of()
                : rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    /**
     * Recomputes the chain in id order, a page at a time, and stops at the first row that does not hold: its content
     * no longer matches its hash (edited), or its previous hash is not the hash of the row before it (a row removed,
     * inserted or moved).
     */
    AuditVerification verify() {
        String expectedPrevious = AuditChain.GENESIS;
        long lastId = Long.MIN_VALUE;
        long checked = 0;
        List<AuditEvent> page;
        do {
            page = new ArrayList<>(
                    em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                            .setParameter("after", lastId)
                            .setMaxResults(VERIFY_PAGE_SIZE)
                            .getResultList());
            for (AuditEvent event : page) {
                checked++;
                if (!event.contentMatchesHash()) {
                    return AuditVerification.brokenAt(
                            checked,
                            event.id(),
                            "Row " + event.id() + " was changed after it was recorded: its content no longer"
                                    + " matches its hash.");
                }
                if (!event.prevHash().equals(expectedPrevious)) {
                    return AuditVerification.brokenAt(checked, event.id(), notFollowing(event, lastId));
                }
                expectedPrevious = event.hash();
                lastId = event.id();
                em.detach(event);
            }
        } while (page.size() == VERIFY_PAGE_SIZE);
        return AuditVerification.intact(checked);
    }

    private static String notFollowing(AuditEvent event, long previousId) {
        if (previousId == Long.MIN_VALUE) {
            return "Row " + event.id() + " is the first row but does not start the chain: earlier rows were removed.";
        }
        return "Row " + event.id() + " does not follow row " + previousId
                + ": rows between them were removed, or rows were inserted or reordered.";
    }

    private static void lockChain(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.executeQuery().close();
        }
    }

    private static void commitWithoutWaitingForDisk(Connection connection) throws SQLException {
        try (PreparedStatement relax = connection.prepareStatement("set local synchronous_commit = off")) {
            relax.execute();
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
