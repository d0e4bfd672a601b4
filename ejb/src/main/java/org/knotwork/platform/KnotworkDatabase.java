package org.knotwork.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The application's data sources. Payara resolves the {@code MPCONFIG} expressions from MicroProfile Config, so
 * system properties and environment variables ({@code KNOTWORK_DB_URL}, ...) override the defaults in
 * {@code META-INF/microprofile-config.properties}. They sit on a session bean because in an EAR's EJB module Payara
 * reads resource definitions from EJB classes only; a CDI bean's would be ignored there.
 *
 * <p>{@link #JNDI_NAME} takes part in container transactions: everything the application does goes through it. {@link
 * #OWN_TRANSACTIONS_JNDI_NAME} never does: its connections commit on their own, for the few writes that must happen
 * outside any request's transaction (chaining audit lines, and recording that a request's transaction rolled back,
 * which happens after that transaction has ended).
 *
 * <p>Every wait on the database is bounded, on both, so a frozen, overloaded or unreachable database answers a
 * request with a quick 503 instead of a hang: a statement runs at most 10 s and waits at most 3 s for a lock
 * (PostgreSQL ends them, {@code options}); a database that does not answer at all (frozen, a network gone) is given up
 * after the socket time-out, a connection attempt after 5 s, and a request waits for a free pooled connection at most
 * {@link #POOL_WAIT_MILLIS}. They are constants because Payara resolves a data source's {@code MPCONFIG} expressions
 * before the application's own defaults are visible: a key without a value set outside the WAR would break the pool.
 */
@DataSourceDefinitions({
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
                KnotworkDatabase.LIMITS
            }),
    @DataSourceDefinition(
            name = KnotworkDatabase.OWN_TRANSACTIONS_JNDI_NAME,
            className = "org.postgresql.ds.PGSimpleDataSource",
            url = "${MPCONFIG=knotwork.db.url}",
            user = "${MPCONFIG=knotwork.db.user}",
            password = "${MPCONFIG=knotwork.db.password}",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            loginTimeout = 5,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.max-wait-time-in-millis=" + KnotworkDatabase.POOL_WAIT_MILLIS,
                "socketTimeout=" + KnotworkDatabase.SOCKET_TIMEOUT_SECONDS,
                "connectTimeout=5",
                KnotworkDatabase.LIMITS
            })
})
@Singleton
public class KnotworkDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/knotwork";

    public static final String OWN_TRANSACTIONS_JNDI_NAME = "java:app/jdbc/knotwork-own-transactions";

    /** The longest a statement runs before PostgreSQL ends it. */
    public static final int STATEMENT_TIMEOUT_MILLIS = 10_000;

    /**
     * The longest a statement waits for a lock before PostgreSQL ends it: a request then answers 503, and what waits
     * for a table that requests read (a rebuild of the outcome summaries) gives way to them as quickly.
     */
    public static final int LOCK_TIMEOUT_MILLIS = 3_000;

    /** Both limits, as the connections of both data sources are opened with them. */
    static final String LIMITS =
            "options=-c statement_timeout=" + STATEMENT_TIMEOUT_MILLIS + " -c lock_timeout=" + LOCK_TIMEOUT_MILLIS;

    /** A statement ends after at most 10 s, so a live database answers well within this. */
    public static final int SOCKET_TIMEOUT_SECONDS = 12;

    public static final int POOL_WAIT_MILLIS = 5000;
}
