package org.knotwork.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.knotwork.platform.DatabaseMigration;

/**
 * An embedded PostgreSQL with Knotwork's migrations applied, and the persistence unit bootstrapped outside the
 * container against it (resource-local transactions instead of JTA), for tests of the mapping and the schema.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final MigrateResult migration;

    private MigratedDatabase(EmbeddedDatabase database) {
        this.database = database;
        this.migration = DatabaseMigration.migrate(database.dataSource());
    }

    public static MigratedDatabase start(Path dataDirectory) {
        return new MigratedDatabase(EmbeddedDatabase.start(dataDirectory, 0, false));
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public MigrateResult migration() {
        return migration;
    }

    /** The persistence unit; with {@code validate}, Hibernate checks the mapping against the schema first. */
    public EntityManagerFactory entityManagerFactory(boolean validate) {
        return entityManagerFactory(Map.of("hibernate.hbm2ddl.auto", validate ? "validate" : "none"));
    }

    /** The persistence unit outside the container, with extra Hibernate settings. */
    public EntityManagerFactory entityManagerFactory(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>();
        // Outside a container nothing offers Hibernate a class transformer, so Hibernate's own provider builds the
        // unit; it answers only for units naming it (the unit names Knotwork's, which it extends for the container).
        all.put("jakarta.persistence.provider", "org.hibernate.jpa.HibernatePersistenceProvider");
        all.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        all.put("jakarta.persistence.nonJtaDataSource", database.dataSource());
        all.put(
                "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        // The unit's handling mode gives the connection back before a JTA transaction completes, which the container
        // then commits; a resource-local transaction commits on the connection itself, so it must keep it to the end.
        all.put("hibernate.connection.handling_mode", "DELAYED_ACQUISITION_AND_HOLD");
        all.putAll(settings);
        return Persistence.createEntityManagerFactory("knotwork", all);
    }

    /** A user row, for tests that need someone to have charted or signed. */
    public void insertUser(UUID id, String username) {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("insert into users"
                        + " (id, username, display_name, password_hash, created_at, updated_at)"
                        + " values (?, ?, ?, 'PBKDF2WithHmacSHA256:3072:c2FsdA==:aGFzaA==', now(), now())")) {
            insert.setObject(1, id);
            insert.setString(2, username);
            insert.setString(3, username);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add user " + username, e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
