package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.testing.MigratedDatabase;

/**
 * Hibernate may not validate at deploy (the container builds the persistence unit before Flyway runs), so the
 * mapping is checked here against the schema the migrations produce, on a real PostgreSQL.
 */
class SchemaMappingTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;

    @BeforeAll
    static void migrate() {
        database = MigratedDatabase.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        assertThat(database.migration().success).isTrue();
        assertThat(database.migration().migrationsExecuted).isPositive();
    }

    @Test
    void aSecondStartAppliesNothing() {
        MigrateResult again = DatabaseMigration.migrate(database.database().dataSource());

        assertThat(again.migrationsExecuted).isZero();
        assertThat(again.targetSchemaVersion).isNull();
    }

    @Test
    void entityMappingMatchesTheMigratedSchema() {
        // Building the factory runs Hibernate's schema validation; a missing column or a wrong type throws here.
        try (EntityManagerFactory factory = database.entityManagerFactory(true)) {
            assertThat(factory.getMetamodel().getEntities()).isNotEmpty();
        }
    }
}
