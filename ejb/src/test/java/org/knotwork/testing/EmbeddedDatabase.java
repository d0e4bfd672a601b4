package org.knotwork.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL started from the zonky binaries on Maven Central, with a {@code knotwork} database and login.
 * Used by the run command (data kept in a folder across restarts) and by the tests (a fresh folder each run).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "knotwork";
    public static final String USER = "knotwork";
    public static final String PASSWORD = "knotwork";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 for any free port) with its data in {@code dataDirectory}; existing data
     * there is kept when {@code keepData} is true, otherwise the folder starts empty.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean keepData) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "150")
                    .setServerConfig("shared_buffers", "128MB")
                    // Kept data (the run command's practice) is durable as in production: zonky turns off
                    // synchronous_commit by default, which would lose the last commits in a crash. Throw-away test
                    // databases skip the disk flushes entirely.
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createKnotworkDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void createKnotworkDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!role.next()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!db.next()) {
                    s.execute("create database " + DATABASE + " owner " + USER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the knotwork database", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A data source on the knotwork database, logged in as the application's user. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
