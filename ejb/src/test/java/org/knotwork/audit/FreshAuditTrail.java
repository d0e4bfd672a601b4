package org.knotwork.audit;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit tests' shared ground: one migrated PostgreSQL per test class, its trail emptied before each test so every
 * test starts a new chain.
 */
abstract class FreshAuditTrail {

    @TempDir
    static Path dataDirectory;

    static AuditTestDatabase trail;

    @BeforeAll
    static void start() {
        trail = AuditTestDatabase.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        trail.close();
    }

    @BeforeEach
    void startANewChain() throws SQLException {
        trail.emptyTheTrail();
    }
}
