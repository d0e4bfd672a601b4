package org.knotwork.outcomes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.testing.MigratedDatabase;

/**
 * The outcome tests' shared ground: one migrated PostgreSQL per test class, holding the hand-computed practice of
 * {@link PracticeOutcomesTest#seed}.
 */
abstract class HandComputedPractice {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = MigratedDatabase.start(dataDirectory);
        try (Connection c = connection()) {
            PracticeOutcomesTest.seed(new OutcomeFixture(c));
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** A connection of the application's login, in auto-commit. */
    static Connection connection() throws SQLException {
        return database.database().dataSource().getConnection();
    }
}
