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

    /** Whether the therapist and the muscle a filter names exist (true when it names none). */
    private static final String KNOWN = """
            cast(? as uuid) is null
                or exists (select 1 from user_roles where user_id = cast(? as uuid) and role = 'THERAPIST')
                as therapist_known,
            cast(? as varchar) is null or exists (select 1 from muscles where code = cast(? as varchar))
                as muscle_known""";

    /**
     * Before the figures, in one round trip: each statement is to be planned with its values, so an absent filter drops
     * out of the plan and a given one can use its index (a plan made once for any value would have to read every fact
     * of the period; local to the caller's transaction, and with none the driver's first executions are planned with
     * their values anyway); the zone the summaries are kept in; and whether the therapist and muscle named exist.
     */
    private static final String OPENING = "select set_config('plan_cache_mode', 'force_custom_plan', true),"
            + " (select zone from outcome_summary_zone) as kept, " + KNOWN;

    private final Connection connection;

    OutcomeQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * The figures for a filter, refused when it names a therapist or muscle the practice does not have, rather than
     * answering zeros. When the summaries and the facts' months are kept in the clinic's zone (V70, V80; from start-up
     * on, see {@link OutcomeSummaryZone}): without filters from the month summaries, with filters from the facts grouped
     * by the months they carry. In any other zone from the facts, their months worked out per row.
     */
    PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone) throws SQLException {
        boolean kept = open(filter).equals(OutcomeStatements.postgresZone(zone));
        boolean summarised = kept && filter.unfiltered();
        return read(summarised ? OutcomeStatements.SUMMARISED : OutcomeStatements.FROM_FACTS, filter, zone, kept);
    }

    /** Refuses a filter naming a therapist or muscle the practice does not have, rather than answering zeros. */
    void requireKnown(OutcomeFilter filter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + KNOWN)) {
            known(statement, filter).close();
        }
    }

    /** Opens the reading ({@link #OPENING}) and answers the zone the summaries are kept in. */
    private String open(OutcomeFilter filter) throws SQLException {
        try (PreparedStatement opening = connection.prepareStatement(OPENING);
                ResultSet row = known(opening, filter)) {
            return row.getString("kept");
        }
    }

    /** Runs a statement holding {@link #KNOWN} for the filter and refuses it when either is false; the row, read. */
    private static ResultSet known(PreparedStatement statement, OutcomeFilter filter) throws SQLException {
        statement.setObject(1, filter.therapistId());
        statement.setObject(2, filter.therapistId());
        statement.setString(3, filter.muscleCode());
        statement.setString(4, filter.muscleCode());
        ResultSet row = statement.executeQuery();
        row.next();
        if (!row.getBoolean("therapist_known")) {
            row.close();
            throw new RuleViolationException(
                    "therapist", "There is no therapist with id " + filter.therapistId() + ".");
        }
        if (!row.getBoolean("muscle_known")) {
            row.close();
            throw new RuleViolationException(
                    "muscle",
                    "There is no muscle " + filter.muscleCode() + " in the catalogue (see GET /api/muscles).");
        }
        return row;
    }

    /**
     * The figures from the facts alone, whatever the filter, with every month worked out from the moment in the zone:
     * what the summaries and the facts' stored months must always agree with.
     */
    PracticeOutcomes fromFacts(OutcomeFilter filter, ZoneId zone) throws SQLException {
        open(filter);
        return read(OutcomeStatements.FROM_FACTS, filter, zone, false);
    }

    private PracticeOutcomes read(OutcomeStatements statements, OutcomeFilter filter, ZoneId zone, boolean monthsStored)
            throws SQLException {
        Map<String, Object> values = OutcomeStatements.values(filter, zone, monthsStored);
        // The four statements go to the database together and their results come back together: one round trip
        // instead of four, each statement still planned and run by itself, as in psql.
        try (PreparedStatement query = statements.prepare(connection, values)) {
            query.execute();
            ClientOutcomes clients = one(query, statements.clients(), ClientOutcomes.class);
            PointOutcomes points = one(next(query), statements.points(), PointOutcomes.class);
            List<TherapistProtocol> therapists = all(next(query), TherapistProtocol.class).stream()
                    .sorted(Comparator.comparing(TherapistProtocol::name).thenComparing(TherapistProtocol::therapistId))
                    .toList();
            List<MonthlyOutcomes> months = all(next(query), MonthlyOutcomes.class).stream()
                    .sorted(Comparator.comparing(MonthlyOutcomes::month))
                    .toList();
            return new PracticeOutcomes(filter, clients, points, therapists, months);
        }
    }

    /** The results of the next statement of those sent together. */
    private static PreparedStatement next(PreparedStatement query) throws SQLException {
        if (!query.getMoreResults()) {
            throw new IllegalStateException("The outcome statements gave fewer results than statements");
        }
        return query;
    }

    private static <R extends Record> R one(PreparedStatement query, OutcomeStatement statement, Class<R> type)
            throws SQLException {
        List<R> rows = all(query, type);
        if (rows.size() != 1) {
            throw new IllegalStateException(statement.name() + ".sql gave " + rows.size() + " rows instead of one");
        }
        return rows.get(0);
    }

    private static <R extends Record> List<R> all(PreparedStatement query, Class<R> type) throws SQLException {
        try (ResultSet rows = query.getResultSet()) {
            return OutcomeRows.all(rows, type);
        }
    }
}
