package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.knotwork.outcomes.PracticeOutcomes.ClientOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.PointOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;
import org.knotwork.platform.RuleViolationException;

/**
 * Computes the figures with a hand-written SQL statement ({@link OutcomeStatements}) over the outcome facts and their
 * monthly summaries, which the database keeps as notes are signed (V11): it aggregates a year of a busy practice far
 * faster than loading its notes would, and it is the statement the benchmark runs directly in psql. Only the filters
 * given become conditions, so each shape gets its own plan.
 */
final class OutcomeQueries {

    private final Connection connection;

    OutcomeQueries(Connection connection) {
        this.connection = connection;
    }

    /** Refuses a filter naming a therapist or muscle the practice does not have, rather than answering zeros. */
    void requireKnown(OutcomeFilter filter) throws SQLException {
        if (filter.therapistId() != null
                && !exists("select 1 from user_roles where user_id = ? and role = 'THERAPIST'", filter.therapistId())) {
            throw new RuleViolationException(
                    "therapist", "There is no therapist with id " + filter.therapistId() + ".");
        }
        if (filter.muscleCode() != null && !exists("select 1 from muscles where code = ?", filter.muscleCode())) {
            throw new RuleViolationException(
                    "muscle",
                    "There is no muscle " + filter.muscleCode() + " in the catalogue (see GET /api/muscles).");
        }
    }

    private boolean exists(String sql, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The figures for a filter: without filters, in a clinic keeping UTC months, from the monthly summaries (exact,
     * and for a year several times faster); otherwise from the facts.
     */
    PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone) throws SQLException {
        List<Object> values = new ArrayList<>();
        String sql = OutcomeStatements.summarised(filter, zone)
                ? OutcomeStatements.byMonth(filter, values)
                : OutcomeStatements.fromFacts(filter, zone, values);
        return read(filter, sql, values);
    }

    /** The figures from the facts alone, whatever the filter: what the summaries must always agree with. */
    PracticeOutcomes fromFacts(OutcomeFilter filter, ZoneId zone) throws SQLException {
        List<Object> values = new ArrayList<>();
        return read(filter, OutcomeStatements.fromFacts(filter, zone, values), values);
    }

    private PracticeOutcomes read(OutcomeFilter filter, String sql, List<Object> values) throws SQLException {
        ClientOutcomes clients = null;
        PointOutcomes points = null;
        List<TherapistProtocol> therapists = new ArrayList<>();
        List<MonthlyOutcomes> months = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    switch (row.getString("kind")) {
                        case "CLIENTS" ->
                            clients = new ClientOutcomes(
                                    count(row, 1),
                                    count(row, 2),
                                    count(row, 3),
                                    count(row, 4),
                                    count(row, 5),
                                    number(row, 6),
                                    number(row, 7),
                                    count(row, 8));
                        case "POINTS" ->
                            points = new PointOutcomes(
                                    count(row, 1),
                                    count(row, 2),
                                    number(row, 3),
                                    number(row, 4),
                                    count(row, 5),
                                    number(row, 6),
                                    count(row, 7));
                        case "THERAPIST" ->
                            therapists.add(new TherapistProtocol(
                                    UUID.fromString(row.getString("key")),
                                    row.getString("label"),
                                    count(row, 1),
                                    count(row, 2),
                                    count(row, 3),
                                    count(row, 4),
                                    count(row, 5)));
                        default ->
                            months.add(new MonthlyOutcomes(
                                    row.getString("key"),
                                    count(row, 1),
                                    count(row, 2),
                                    number(row, 3),
                                    count(row, 4),
                                    count(row, 5),
                                    count(row, 6)));
                    }
                }
            }
        }
        therapists.sort(Comparator.comparing(TherapistProtocol::name).thenComparing(TherapistProtocol::therapistId));
        months.sort(Comparator.comparing(MonthlyOutcomes::month));
        return new PracticeOutcomes(filter, clients, points, List.copyOf(therapists), List.copyOf(months));
    }

    private static long count(ResultSet row, int n) throws SQLException {
        return row.getLong("n" + n);
    }

    private static Double number(ResultSet row, int n) throws SQLException {
        double value = row.getDouble("n" + n);
        return row.wasNull() ? null : value;
    }
}
