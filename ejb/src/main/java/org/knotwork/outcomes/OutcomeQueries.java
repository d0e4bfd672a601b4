package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.knotwork.outcomes.PracticeOutcomes.ClientOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.PointOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;
import org.knotwork.platform.RuleViolationException;

/**
 * Computes the figures with the hand-written statements of {@link OutcomeStatements} over the outcome facts and their
 * month summaries, which the database keeps as notes are signed (V11, V70): it aggregates a year of a busy practice
 * far faster than loading its notes would, and they are the statements the benchmark runs directly in psql.
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
     * The figures for a filter. When the summaries and the facts' months are kept in the clinic's zone (V70, V80; from
     * start-up on, see {@link OutcomeSummaryZone}): without filters from the month summaries, with filters from the
     * facts grouped by the months they carry. In any other zone from the facts, their months worked out per row.
     */
    PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone) throws SQLException {
        boolean kept = OutcomeSummaryZone.kept(connection).equals(OutcomeStatements.postgresZone(zone));
        boolean summarised = kept && filter.unfiltered();
        return read(summarised ? OutcomeStatements.SUMMARISED : OutcomeStatements.FROM_FACTS, filter, zone, kept);
    }

    /**
     * The figures from the facts alone, whatever the filter, with every month worked out from the moment in the zone:
     * what the summaries and the facts' stored months must always agree with.
     */
    PracticeOutcomes fromFacts(OutcomeFilter filter, ZoneId zone) throws SQLException {
        return read(OutcomeStatements.FROM_FACTS, filter, zone, false);
    }

    private PracticeOutcomes read(OutcomeStatements statements, OutcomeFilter filter, ZoneId zone, boolean monthsStored)
            throws SQLException {
        Map<String, Object> values = OutcomeStatements.values(filter, zone, monthsStored);
        // Each statement is planned with its values, so an absent filter drops out of the plan and a given one can use
        // its index; a plan made once for any value would have to read every fact of the period. (Local to the
        // caller's transaction; with none, the driver's first executions are planned with their values anyway.)
        try (PreparedStatement custom =
                connection.prepareStatement("select set_config('plan_cache_mode', 'force_custom_plan', true)")) {
            custom.execute();
        }
        ClientOutcomes clients = one(statements.clients(), values, ClientOutcomes.class);
        PointOutcomes points = one(statements.points(), values, PointOutcomes.class);
        List<TherapistProtocol> therapists = all(statements.therapists(), values, TherapistProtocol.class).stream()
                .sorted(Comparator.comparing(TherapistProtocol::name).thenComparing(TherapistProtocol::therapistId))
                .toList();
        List<MonthlyOutcomes> months = all(statements.months(), values, MonthlyOutcomes.class).stream()
                .sorted(Comparator.comparing(MonthlyOutcomes::month))
                .toList();
        return new PracticeOutcomes(filter, clients, points, therapists, months);
    }

    private <R extends Record> R one(OutcomeStatement statement, Map<String, Object> values, Class<R> type)
            throws SQLException {
        List<R> rows = all(statement, values, type);
        if (rows.size() != 1) {
            throw new IllegalStateException(statement.name() + ".sql gave " + rows.size() + " rows instead of one");
        }
        return rows.get(0);
    }

    private <R extends Record> List<R> all(OutcomeStatement statement, Map<String, Object> values, Class<R> type)
            throws SQLException {
        try (PreparedStatement query = statement.prepare(connection, values);
                ResultSet rows = query.executeQuery()) {
            return OutcomeRows.all(rows, type);
        }
    }
}
