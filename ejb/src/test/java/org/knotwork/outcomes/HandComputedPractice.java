package org.knotwork.outcomes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.outcomes.PracticeOutcomesTest.Practice;
import org.knotwork.testing.MigratedDatabase;

/**
 * The outcome tests' shared ground: one migrated PostgreSQL per test class, holding the hand-computed practice of
 * {@link PracticeOutcomesTest#seed} and what the class adds to it ({@link #addToThePractice}). The database and the
 * practice's ids belong to the test class's one instance, so no class sees another's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HandComputedPractice {

    MigratedDatabase database;

    /** The ids of the hand-computed practice in this class's database. */
    Practice practice;

    /** @param dataDirectory the database's files, kept until the class's tests are done */
    @BeforeAll
    void start(@TempDir Path dataDirectory) throws SQLException {
        database = MigratedDatabase.start(dataDirectory);
        try (Connection c = connection()) {
            OutcomeFixture f = new OutcomeFixture(c);
            practice = PracticeOutcomesTest.seed(f);
            addToThePractice(f);
            f.commit();
        }
    }

    /** What a test class adds to the hand-computed practice before its tests run; nothing unless it says. */
    void addToThePractice(OutcomeFixture f) throws SQLException {}

    @AfterAll
    void stop() {
        database.close();
    }

    /** A connection of the application's login, in auto-commit. */
    Connection connection() throws SQLException {
        return database.database().dataSource().getConnection();
    }
}
