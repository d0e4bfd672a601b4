package org.knotwork.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Payara resolves the {@code MPCONFIG} expressions from MicroProfile Config, so
 * system properties and environment variables ({@code KNOTWORK_DB_URL}, ...) override the defaults in
 * {@code META-INF/microprofile-config.properties}.
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
@ApplicationScoped
public class KnotworkDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/knotwork";
}
