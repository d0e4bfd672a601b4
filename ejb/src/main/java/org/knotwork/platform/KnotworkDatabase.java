package org.knotwork.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Payara resolves the {@code MPCONFIG} expressions from MicroProfile Config, so
 * system properties and environment variables ({@code KNOTWORK_DB_URL}, ...) override the defaults in
 * {@code META-INF/microprofile-config.properties}. It sits on a session bean because in an EAR's EJB module Payara
 * reads resource definitions from EJB classes only; a CDI bean's would be ignored there.
 *
 * <p>Every wait on the database is bounded, so a frozen, overloaded or unreachable database answers a request with
 * a quick 503 instead of a hang: a statement runs at most 10 s and waits at most 3 s for a lock (PostgreSQL ends
 * them, {@code options}); a database that does not answer at all (frozen, a network gone) is given up after the
 * socket time-out, a connection attempt after 5 s, and a request waits for a free pooled connection at most
 * {@link #POOL_WAIT_MILLIS}. They are constants because Payara resolves a data source's {@code MPCONFIG}
 * expressions before the application's own defaults are visible: a key without a value set outside the WAR would
 * break the pool.
 */
@DataSourceDefinition(
        name = KnotworkDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=knotwork.db.url}",
        user = "${MPCONFIG=knotwork.db.user}",
        password = "${MPCONFIG=knotwork.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.max-wait-time-in-millis=" + KnotworkDatabase.POOL_WAIT_MILLIS,
            "socketTimeout=" + KnotworkDatabase.SOCKET_TIMEOUT_SECONDS,
            "connectTimeout=5",
            "options=-c statement_timeout=10000 -c lock_timeout=3000"
        })
@Singleton
public class KnotworkDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/knotwork";

    /** A statement ends after at most 10 s, so a live database answers well within this. */
    public static final int SOCKET_TIMEOUT_SECONDS = 12;

    public static final int POOL_WAIT_MILLIS = 5000;
}
