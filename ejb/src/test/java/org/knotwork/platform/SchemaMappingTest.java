package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.testing.EmbeddedDatabase;

/**
 * Hibernate may not validate at deploy (the container builds the persistence unit before Flyway runs), so the
 * mapping is checked here against the schema the migrations produce, on a real PostgreSQL.
 */
class SchemaMappingTest {

    @TempDir
    static Path dataDirectory;

    static EmbeddedDatabase database;
    static MigrateResult firstMigration;

    @BeforeAll
    static void migrate() {
        database = EmbeddedDatabase.start(dataDirectory, 0, false);
        firstMigration = DatabaseMigration.migrate(database.dataSource());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        assertThat(firstMigration.success).isTrue();
        assertThat(firstMigration.migrationsExecuted).isPositive();
    }

    @Test
    void aSecondStartAppliesNothing() {
        MigrateResult again = DatabaseMigration.migrate(database.dataSource());

        assertThat(again.migrationsExecuted).isZero();
        assertThat(again.targetSchemaVersion).isNull();
    }

    @Test
    void entityMappingMatchesTheMigratedSchema() {
        Map<String, Object> outsideTheContainer = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", database.dataSource(),
                "hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "hibernate.hbm2ddl.auto", "validate");

        // Building the factory runs Hibernate's schema validation; a missing column or a wrong type throws here.
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("knotwork", outsideTheContainer);
        try {
            assertThat(factory.getMetamodel().getEntities()).isNotEmpty();
        } finally {
            factory.close();
        }
    }
}
