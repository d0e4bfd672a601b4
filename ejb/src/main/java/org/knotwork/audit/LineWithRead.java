package org.knotwork.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.knotwork.audit.WaitingAuditLines.Column;

/**
 * A look's line inserted into {@code audit_pending} by the statement that reads what was looked at ({@link
 * RecordedRead}): one statement and round trip where the read and the line took one each, on the most frequent request
 * there is (every chart opened). The line comes first and always, a row of its own that the read's rows are joined to,
 * so an empty read still records its look; a look that may relax the commit does so as {@link
 * WaitingAuditLines#insertRelaxingCommit} does.
 */
final class LineWithRead {

    private static final String VALUES =
            Column.IN_ORDER.stream().map(column -> column.cast("?")).collect(Collectors.joining(", "));

    private LineWithRead() {}

    /** What the statement answered: the read's rows, and whether the line let the commit skip the wait. */
    record Answer<T>(List<T> rows, boolean relaxed) {}

    static String statement(String select, String order, boolean relaxing) {
        return "with " + (relaxing ? WaitingAuditLines.RELAX + ", " : "")
                + "line as (insert into audit_pending (" + WaitingAuditLines.COLUMNS + ") select " + VALUES
                + " from (select 1) one"
                + (relaxing ? " left join relax on true returning (select count(*) from relax)" : " returning 0")
                + " as relaxed)\n"
                + "select line.relaxed, read.* from line left join (select looked.*, true as looked_row from (\n"
                + select + "\n) looked) read on true order by " + order;
    }

    static <T> Answer<T> insert(Connection connection, AuditLine line, boolean relaxing, RecordedRead<T> read)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(statement(read.select(), read.order(), relaxing))) {
            AuditEvent clipped = line.storable();
            int index = 1;
            for (Column column : Column.IN_ORDER) {
                statement.setObject(index++, column.of(clipped));
            }
            for (Object value : read.values()) {
                statement.setObject(index++, value);
            }
            List<T> rows = new ArrayList<>();
            boolean relaxed = false;
            try (ResultSet answer = statement.executeQuery()) {
                while (answer.next()) {
                    relaxed = answer.getLong("relaxed") > 0;
                    // The line's row alone, when the read found nothing.
                    if (answer.getBoolean("looked_row")) {
                        rows.add(read.row().of(answer));
                    }
                }
            }
            return new Answer<>(List.copyOf(rows), relaxed);
        }
    }
}
