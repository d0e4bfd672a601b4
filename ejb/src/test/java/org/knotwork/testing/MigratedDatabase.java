package org.knotwork.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.Map;
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
        return Persistence.createEntityManagerFactory(
                "knotwork",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "jakarta.persistence.nonJtaDataSource",
                        database.dataSource(),
                        "hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                        "hibernate.hbm2ddl.auto",
                        validate ? "validate" : "none"));
    }

    @Override
    public void close() {
        database.close();
    }
}
