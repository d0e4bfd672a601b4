package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The dashboard's figures read as the container reads them, for tests on a connection committing each statement by
 * itself: in a transaction of their own (the container's begins with the dashboard), committed, the connection put
 * back as it was. No look is recorded.
 */
final class Dashboards {

    private Dashboards() {}

    static PracticeOutcomes read(Connection connection, OutcomeFilter filter, ZoneId zone) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            PracticeOutcomes outcomes = new OutcomeQueries(connection).outcomes(filter, zone, null);
            connection.commit();
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException other) {
                e.addSuppressed(other);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
