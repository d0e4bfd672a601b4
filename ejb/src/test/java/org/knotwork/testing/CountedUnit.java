package org.knotwork.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Knotwork's persistence unit on a migrated PostgreSQL with Hibernate's statistics on, for the tests that count what a
 * read or a save costs in statements.
 */
public final class CountedUnit implements AutoCloseable {

    private final MigratedDatabase database;
    private final EntityManagerFactory factory;

    private CountedUnit(MigratedDatabase database, EntityManagerFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    /** The unit with {@code settings} besides the statistics (none usually). */
    public static CountedUnit start(Path dataDirectory, Map<String, Object> settings) {
        MigratedDatabase database = MigratedDatabase.start(dataDirectory);
        Map<String, Object> counted = new HashMap<>(settings);
        counted.put("hibernate.generate_statistics", "true");
        return new CountedUnit(database, database.entityManagerFactory(counted));
    }

    public MigratedDatabase database() {
        return database;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** {@code work} in a transaction of its own, committed when it returns. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return ResourceLocal.inTransaction(factory, work);
    }

    public Statistics statistics() {
        return factory.unwrap(SessionFactory.class).getStatistics();
    }

    @Override
    public void close() {
        factory.close();
        database.close();
    }
}
