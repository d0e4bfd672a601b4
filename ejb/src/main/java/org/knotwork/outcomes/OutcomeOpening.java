package org.knotwork.outcomes;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.knotwork.platform.RuleViolationException;

/**
 * What a dashboard's statements need settled before them, asked in the same round trip as they are (the first of the
 * statements sent together, {@link OutcomeStatements#prepare}): the plan mode, the zone the summaries are kept in, and
 * whether the therapist and muscle named exist. The database runs the statements in order, so the plan mode set here
 * holds for the four after it; their results are read only once this row has been read and found right.
 */
final class OutcomeOpening {

    /** Whether the therapist a filter names exists (true when it names none). */
    private static final String THERAPIST_KNOWN =
            "(cast(:therapist as uuid) is null or exists (select 1 from user_roles"
                    + " where user_id = cast(:therapist as uuid) and role = 'THERAPIST'))";

    /** Whether the muscle a filter names is in the catalogue (true when it names none). */
    private static final String MUSCLE_KNOWN =
            "(cast(:muscle as varchar) is null or exists (select 1 from muscles where code = cast(:muscle as varchar)))";

    private static final String KNOWN = THERAPIST_KNOWN + " as therapist_known, " + MUSCLE_KNOWN + " as muscle_known";

    /**
     * Where the figures read are the ones answered, as this opening's row will tell: the therapist and muscle named
     * exist, and the facts' months are read only where they are kept in the clinic's zone. The guard of the look's line
     * ({@link org.knotwork.audit.AuditedRead}), so a refused dashboard, or one read again for another zone, records no
     * look, and a dashboard answered records exactly one.
     */
    static final String ANSWERED = THERAPIST_KNOWN + " and " + MUSCLE_KNOWN
            + " and (not :months_stored or (select zone from outcome_summary_zone) = :zone)";

    /**
     * Each statement is to be planned with its values, so an absent filter drops out of the plan and a given one can
     * use its index: a plan made once for any value would have to read every fact of the period, and PostgreSQL would
     * choose it from a kept statement's sixth use on a connection (docs/performance.md). The statements are sent
     * one-shot ({@link OutcomeStatement#prepare}), which PostgreSQL plans with their values anyway; this holds should
     * they ever be kept prepared (a pool that hides the driver's statement), local to the transaction they are sent in.
     * Then the zone the summaries are kept in, and the checks of {@link #KNOWN}.
     */
    static final OutcomeStatement STATEMENT = OutcomeStatement.of(
            "opening",
            "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " (select zone from outcome_summary_zone) as kept, " + KNOWN);

    /** The checks alone, for figures read by other statements (the questionnaires'). */
    static final OutcomeStatement CHECKS = OutcomeStatement.of("known", "select " + KNOWN);

    private OutcomeOpening() {}

    /**
     * Reads the row of {@link #STATEMENT} or {@link #CHECKS} and refuses a filter naming a therapist or muscle the
     * practice does not have, rather than answering zeros.
     */
    static void requireKnown(ResultSet row, OutcomeFilter filter) throws SQLException {
        if (!row.next()) {
            throw new IllegalStateException("The outcomes' opening gave no row");
        }
        if (!row.getBoolean("therapist_known")) {
            throw new RuleViolationException(
                    "therapist", "There is no therapist with id " + filter.therapistId() + ".");
        }
        if (!row.getBoolean("muscle_known")) {
            throw new RuleViolationException(
                    "muscle",
                    "There is no muscle " + filter.muscleCode() + " in the catalogue (see GET /api/muscles).");
        }
    }
}
