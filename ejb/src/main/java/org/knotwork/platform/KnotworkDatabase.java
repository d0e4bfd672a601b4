package org.knotwork.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Payara resolves the {@code MPCONFIG} expressions from MicroProfile Config, so
 * system properties and environment variables ({@code KNOTWORK_DB_URL}, ...) override the defaults in
 * {@code META-INF/microprofile-config.properties}. It sits on a session bean because in an EAR's EJB module Payara
 * reads resource definitions from EJB classes only; a CDI bean's would be ignored there.
 */
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
        })
@Singleton
public class KnotworkDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/knotwork";
}
