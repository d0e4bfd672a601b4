package org.knotwork.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.knotwork.platform.KnotworkDatabase;

/**
 * Ready means the database takes writes: without it Knotwork can save nothing, and a database that answers reads
 * but refuses writes (read-only after a fail-over, out of disk) would fail every save behind a healthy-looking
 * probe. So the check writes: it moves the one row of {@code readiness_probe} on, within the statement time-out.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement probe = connection.createStatement()) {
            probe.setQueryTimeout(2);
            probe.executeUpdate("update readiness_probe set checked_at = now() where id = 1");
            return HealthCheckResponse.named("database").up().build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
