package org.knotwork.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.knotwork.platform.Page;
import org.knotwork.testing.EmbeddedDatabase;
import org.knotwork.testing.MigratedDatabase;
import org.knotwork.testing.ResourceLocal;

/**
 * A migrated embedded PostgreSQL on which tests write the audit trail with the same code {@link AuditTrail} runs,
 * each line in its own resource-local transaction, and act on the table as the application's user or as a superuser.
 */
final class AuditTestDatabase implements AutoCloseable {

    static final UUID JO = UUID.randomUUID();
    static final UUID CLIENT = UUID.randomUUID();

    private final MigratedDatabase database;
    private final EntityManagerFactory factory;

    private AuditTestDatabase(MigratedDatabase database) {
        this.database = database;
        this.factory = database.entityManagerFactory(false);
    }

    static AuditTestDatabase start(Path dataDirectory) {
        return new AuditTestDatabase(MigratedDatabase.start(dataDirectory));
    }

    /** Starts a new chain; only a superuser, bypassing the triggers, can empty the tables. */
    void emptyTheTrail() throws SQLException {
        asSuperuser("truncate audit_events, audit_pending, audit_checkpoints restart identity");
    }

    static AuditOrigin as(UUID actorId, String actorName) {
        AuditOrigin origin = new AuditOrigin();
        origin.setActorId(actorId);
        origin.setActorName(actorName);
        origin.setAddress("192.0.2.10");
        return origin;
    }

    /** Jo opening a client's chart {@code count} times. */
    List<AuditEvent> appendSeveral(int count) {
        List<AuditEvent> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(append(
                    as(JO, "jo"), AuditAction.READ, "client", CLIENT, CLIENT, AuditOutcome.SUCCESS, "Opened, " + i));
        }
        return lines;
    }

    AuditEvent append(Instant at, AuditOrigin origin, AuditAction action, UUID clientId) {
        return inTransaction(em -> new AuditLedger(em)
                .append(at, origin, action, "client", clientId.toString(), clientId, AuditOutcome.SUCCESS, null));
    }

    /** One line in its own transaction, as {@link AuditTrail#record} writes it. */
    AuditEvent append(
            AuditOrigin origin,
            AuditAction action,
            String recordType,
            Object recordId,
            UUID clientId,
            AuditOutcome outcome,
            String detail) {
        return inTransaction(em -> new AuditLedger(em)
                .append(
                        Instant.now(),
                        origin,
                        action,
                        recordType,
                        recordId == null ? null : recordId.toString(),
                        clientId,
                        outcome,
                        detail));
    }

    Page<AuditEvent> list(Instant from, Instant to, UUID actorId, UUID clientId) {
        return inTransaction(em -> new AuditLedger(em).list(from, to, actorId, clientId, 0, 20));
    }

    AuditVerification verify() {
        return verify(null);
    }

    /** From the first line, or from a checkpoint the caller kept. */
    AuditVerification verify(AuditCheckpoint start) {
        return inTransaction(em -> new ChainVerification(em).verify(start));
    }

    /** Writes a line as a request's transaction does: waiting to be chained, committed or rolled back with it. */
    void writeWaiting(AuditLine line, boolean commit) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.unwrap(org.hibernate.Session.class).doWork(c -> WaitingAuditLines.insert(c, line));
            if (commit) {
                em.getTransaction().commit();
            } else {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }

    /** Chains the waiting lines as the sealer does; the number sealed. */
    int seal(boolean waitForLock) {
        return seal(waitForLock, ChainSealing.MAX_LINES);
    }

    int seal(boolean waitForLock, int maxLines) {
        try (Connection c = applicationConnection()) {
            return ChainSealing.sealWaiting(c, waitForLock, maxLines);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes the chain's head as the sealer does. */
    java.util.Optional<AuditCheckpoint> checkpoint(Instant now) {
        try (Connection c = applicationConnection()) {
            return AuditCheckpoints.take(c, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data source whose connections commit on their own, as the container's unenlisted one. */
    javax.sql.DataSource ownTransactions() {
        return database.database().dataSource();
    }

    long count(String sql) {
        try (Connection c = applicationConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logged in as the application is: the user that owns the schema and ran the migrations. */
    Connection applicationConnection() throws SQLException {
        return database.database().dataSource().getConnection();
    }

    void asApplication(String statement) throws SQLException {
        try (Connection c = applicationConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** As the cluster's superuser, with triggers off: what someone with full access to the server could do. */
    void asSuperuser(String statements) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + database.database().port() + "/" + EmbeddedDatabase.DATABASE;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(statements);
        }
    }

    @Override
    public void close() {
        factory.close();
        database.close();
    }

    /** A persistence context of its own, for a test that begins and ends its transaction itself. */
    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        return ResourceLocal.inTransaction(factory, work);
    }
}
