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
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
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
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
            })
})
@Singleton
public class KnotworkDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/knotwork";

    public static final String OWN_TRANSACTIONS_JNDI_NAME = "java:app/jdbc/knotwork-own-transactions";
}
