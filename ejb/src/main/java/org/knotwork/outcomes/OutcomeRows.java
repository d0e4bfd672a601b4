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

    private OutcomeRows() {}

    static <R extends Record> List<R> all(ResultSet rows, Class<R> type) throws SQLException {
        List<R> read = new ArrayList<>();
        while (rows.next()) {
            read.add(one(rows, type));
        }
        return read;
    }

    static <R extends Record> R one(ResultSet row, Class<R> type) throws SQLException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(row, column(components[i].getName()), types[i]);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type + " is not a record that can be read from a row", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " refused a row", e.getCause());
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
