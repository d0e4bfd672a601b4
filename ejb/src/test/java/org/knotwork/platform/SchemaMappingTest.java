package org.knotwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;
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

    @Test
    void uuidColumnsAreReadThroughUuidColumns() {
        try (EntityManagerFactory factory = database.entityManagerFactory(false)) {
            JdbcType uuid = factory.unwrap(SessionFactoryImplementor.class)
                    .getTypeConfiguration()
                    .getJdbcTypeRegistry()
                    .getDescriptor(SqlTypes.UUID);
            assertThat(uuid).isInstanceOf(UuidColumns.class);

            EntityManager em = factory.createEntityManager();
            try {
                Object[] read = (Object[])
                        em.createNativeQuery("select gen_random_uuid(), null::uuid from generate_series(1, 1)")
                                .getSingleResult();
                assertThat(read[0]).isInstanceOf(UUID.class);
                assertThat(read[1]).isNull();
            } finally {
                em.close();
            }
        }
    }

    @Test
    void aUuidThatArrivesAsTextIsParsed() {
        UUID id = UUID.randomUUID();

        assertThat(UuidColumns.uuid(id.toString())).isEqualTo(id);
        assertThat(UuidColumns.uuid(id)).isSameAs(id);
        assertThat(UuidColumns.uuid(null)).isNull();
    }
}
