package org.knotwork.outcomes;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads result rows into the figures' records by name: each component of the record is the column of the same name in
 * snake case ({@code painChangeMean} is {@code pain_change_mean}). A column the statement lacks is an error from the
 * driver, so a statement and its record cannot drift apart silently.
 */
final class OutcomeRows {

    /**
     * How each record is read, worked out once per record type rather than for every row of every dashboard (a regular
     * expression per column and a constructor lookup per row, before).
     */
    private static final ClassValue<Reading<?>> READINGS = new ClassValue<>() {
        @Override
        protected Reading<?> computeValue(Class<?> type) {
            return Reading.of(type.asSubclass(Record.class));
        }
    };

    private OutcomeRows() {}

    static <R extends Record> List<R> all(ResultSet rows, Class<R> type) throws SQLException {
        Reading<R> reading = reading(type);
        List<R> read = new ArrayList<>();
        while (rows.next()) {
            read.add(reading.row(rows));
        }
        return read;
    }

    static <R extends Record> R one(ResultSet row, Class<R> type) throws SQLException {
        return reading(type).row(row);
    }

    @SuppressWarnings("unchecked") // READINGS computes a Reading<R> for each R it is asked for
    private static <R extends Record> Reading<R> reading(Class<R> type) {
        return (Reading<R>) READINGS.get(type);
    }

    /** A record's constructor and, for each of its components in order, its column and type. */
    private record Reading<R extends Record>(Constructor<R> constructor, String[] columns, Class<?>[] types) {

        static <R extends Record> Reading<R> of(Class<R> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] columns = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                columns[i] = column(components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                return new Reading<>(type.getDeclaredConstructor(types), columns, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is not a record that can be read from a row", e);
            }
        }

        R row(ResultSet row) throws SQLException {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = value(row, columns[i], types[i]);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(
                        constructor.getDeclaringClass() + " is not a record that can be read from a row", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(
                        constructor.getDeclaringClass().getSimpleName() + " refused a row", e.getCause());
            }
        }
    }

    private static Object value(ResultSet row, String column, Class<?> type) throws SQLException {
        if (type == long.class) {
            return row.getLong(column);
        }
        if (type == Double.class) {
            double value = row.getDouble(column);
            return row.wasNull() ? null : value;
        }
        if (type == String.class) {
            return row.getString(column);
        }
        if (type == UUID.class) {
            return row.getObject(column, UUID.class);
        }
        throw new IllegalStateException("No reading for " + type + " (column " + column + ")");
    }

    static String column(String component) {
        return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
