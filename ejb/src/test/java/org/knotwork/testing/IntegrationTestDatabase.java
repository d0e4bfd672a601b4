package org.knotwork.testing;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded PostgreSQL for a whole integration-test run, before Arquillian starts its container (which
 * deploys the application, whose start-up migrates the database). Failsafe passes the reserved port as
 * {@code knotwork.it.db.port}; without it (unit tests) this does nothing.
 */
public class IntegrationTestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("knotwork.it.db.port");
        if (port == null || database != null) {
            return;
        }
        Path dataDirectory = Path.of(System.getProperty("java.io.tmpdir"), "it-postgres");
        database = EmbeddedDatabase.start(dataDirectory, Integer.parseInt(port), false);
        System.setProperty("knotwork.it.db.url", database.jdbcUrl());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
