package org.knotwork.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;

/**
 * One hand-written statement of {@code org/knotwork/outcomes/*.sql}, run as written: its values are named
 * ({@code :from}, {@code :therapist}, as in {@code text}; {@code sql} is the same with each replaced by {@code ?}) and
 * bound by name, and a value the statement names but the caller does not give
 * is an error, never a silent null. The benchmark runs the same files in psql with the values written in.
 */
record OutcomeStatement(String name, String text, String sql, List<String> parameters) {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-z_]+)");

    static OutcomeStatement load(String name) {
        return of(name, read(name + ".sql"));
    }

    /** A statement written in Java rather than in a file, its values named the same way. */
    static OutcomeStatement of(String name, String text) {
        Matcher matcher = NAMED.matcher(text);
        List<String> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            parameters.add(matcher.group(1));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        return new OutcomeStatement(name, text, sql.toString(), List.copyOf(parameters));
    }

    /**
     * Several statements as one, separated by semicolons: the driver sends them to the database in one round trip and
     * hands back their results in order ({@link PreparedStatement#getMoreResults}); their values are bound in order.
     */
    static OutcomeStatement together(OutcomeStatement... statements) {
        List<String> parameters = new ArrayList<>();
        for (OutcomeStatement statement : statements) {
            parameters.addAll(statement.parameters());
        }
        return new OutcomeStatement(
                Arrays.stream(statements).map(OutcomeStatement::name).collect(Collectors.joining(", ")),
                Arrays.stream(statements).map(OutcomeStatement::text).collect(Collectors.joining(";\n")),
                Arrays.stream(statements).map(OutcomeStatement::sql).collect(Collectors.joining(";\n")),
                List.copyOf(parameters));
    }

    /**
     * The statement with every named value bound; {@code values} may hold more than this statement needs. Sent as psql
     * sends statements, parsed and planned each time, never kept prepared on the server: the driver waits for the
     * results of a kept statement whose rows it cannot size (text, numeric) before sending the next of those sent
     * together, so from a connection's fifth use on the four statements took four round trips instead of one.
     */
    PreparedStatement prepare(Connection connection, Map<String, Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < parameters.size(); i++) {
            String parameter = parameters.get(i);
            if (!values.containsKey(parameter)) {
                statement.close();
                throw new IllegalStateException(name + ".sql needs a value for :" + parameter);
            }
            statement.setObject(i + 1, values.get(parameter));
        }
        return statement;
    }

    /** The file without its comment lines, whose words must not be taken for values. */
    private static String read(String file) {
        try (InputStream in = OutcomeStatement.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the application");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read", e);
        }
    }
}
