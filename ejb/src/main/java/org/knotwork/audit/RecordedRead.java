package org.knotwork.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A read that records the look it is in its own statement ({@link AuditTrail#recordReading}): {@code select} (one
 * select, its values {@code ?}, bound from {@code values} in order), its rows in {@code order} (a sort by its columns'
 * names) and read by {@code row}, each by its columns' names. The line is inserted whatever the read answers, an empty
 * list included.
 */
public record RecordedRead<T>(String select, List<Object> values, String order, Row<T> row) {

    /** One row of the read, as the caller keeps it. */
    @FunctionalInterface
    public interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }
}
