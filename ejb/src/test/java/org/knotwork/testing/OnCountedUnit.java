package org.knotwork.testing;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ground of the tests that run on Knotwork's persistence unit as deployed, counting its statements
 * ({@link CountedUnit}): one migrated PostgreSQL per test class, started before its first test, stopped after its last.
 */
public abstract class OnCountedUnit {

    @TempDir
    static Path dataDirectory;

    protected static CountedUnit unit;

    @BeforeAll
    static void startUnit() {
        unit = CountedUnit.start(dataDirectory, Map.of());
    }

    @AfterAll
    static void stopUnit() {
        unit.close();
    }
}
