package org.knotwork.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application takes requests. Hibernate never creates or alters tables: the
 * schema is owned by the migrations in {@code sql/}, which ship in this jar under {@code db/migration}.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied now");
    }

    /** Applies pending migrations; a database that is already current is left untouched. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
