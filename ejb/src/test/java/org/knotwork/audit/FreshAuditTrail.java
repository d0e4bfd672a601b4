package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit tests' shared ground: one migrated PostgreSQL per test class, its trail emptied before each test so every
 * test starts a new chain; transactions that wait for the disk, and the lines waiting to be chained, read back.
 */
abstract class FreshAuditTrail {

    static final Instant MAY_4 = Instant.parse("2026-05-04T09:00:00Z");

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

    /** A transaction that waits for the disk at commit, as the run command's database does (the tests' does not). */
    static Connection durableTransaction() throws SQLException {
        Connection connection = trail.applicationConnection();
        connection.setAutoCommit(false);
        try (Statement durable = connection.createStatement()) {
            durable.execute("set local synchronous_commit = on");
        }
        return connection;
    }

    /** Whether the connection's transaction will wait for the disk at commit ({@code on}) or not ({@code off}). */
    static String commitMode(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
                ResultSet mode = show.executeQuery("show synchronous_commit")) {
            mode.next();
            return mode.getString(1);
        }
    }

    /** The one line waiting to be chained, read as the sealer reads it. */
    static AuditLine onlyWaitingLine() throws SQLException {
        try (Connection connection = trail.applicationConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select * from audit_pending")) {
            assertThat(row.next()).as("a line waits").isTrue();
            AuditLine line = WaitingAuditLines.line(row);
            assertThat(row.next()).as("only one line waits").isFalse();
            return line;
        }
    }
}
