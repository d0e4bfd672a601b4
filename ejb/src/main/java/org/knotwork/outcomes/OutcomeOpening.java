package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.knotwork.audit.AuditedRead;
import org.knotwork.platform.RuleViolationException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

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
     * Then the zone the summaries are kept in, the checks of {@link #KNOWN}, and whether the look's guard holds (read
     * in the same snapshot as the clients statement's, so the two agree).
     */
    static final OutcomeStatement STATEMENT = OutcomeStatement.of(
            "opening",
            "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " (select zone from outcome_summary_zone) as kept, " + KNOWN + ", " + ANSWERED + " as answered");

    /**
     * The month summaries {@code rebuild_outcome_summaries} (V80) truncates when the summaries move to another zone
     * ({@code OutcomeSnapshotTest} checks the list against the function).
     */
    static final List<String> TRUNCATED_BY_A_REBUILD = List.of(
            "outcome_client_months", "outcome_point_months", "outcome_therapist_months", "outcome_change_months");

    /**
     * Sent first when the dashboard begins its transaction: everything after it, the opening and the statements (and,
     * should the opening send them there, the facts' statements after), reads one snapshot of the database. Read
     * committed would give each statement its own, and another instance rebuilding the summaries for another zone
     * between two of them would have the opening and the line's guard disagree: figures withheld (an error), or read
     * again from the facts after a first line was written (two lines for one look). PostgreSQL accepts the isolation
     * only before the transaction's first query, so it is sent only then ({@link #beginsItsTransaction}).
     */
    static final OutcomeStatement SNAPSHOT =
            OutcomeStatement.of("snapshot", "set transaction isolation level repeatable read");

    /**
     * The same for the statements that read the month summaries (the unfiltered dashboard's), which also locks them
     * (for reading, as any select does) before the snapshot is taken, by a statement that takes none: a truncation is
     * not versioned, and a snapshot older than a rebuild's commit would find them empty. Once locked, no rebuild is
     * half done (it holds its lock to its commit, which this waits for, at most the lock time-out: a 503) and none can
     * truncate them before the dashboard ends. Filtered dashboards read the facts only, whose months are updated, not
     * truncated, so they take no lock a rebuild would wait for.
     */
    static final OutcomeStatement SNAPSHOT_OF_THE_SUMMARIES = OutcomeStatement.of(
            "snapshot",
            SNAPSHOT.text() + ";\nlock table " + String.join(", ", TRUNCATED_BY_A_REBUILD) + " in access share mode");

    /** The checks alone, for figures read by other statements (the questionnaires'). */
    static final OutcomeStatement CHECKS = OutcomeStatement.of("known", "select " + KNOWN);

    private OutcomeOpening() {}

    /**
     * Whether the next statement on the connection (not in auto-commit) begins its transaction, so {@link #SNAPSHOT}
     * may go first: the container's transaction begins with the dashboard's first statement (nothing before it reads).
     * Another driver, or a transaction that has read already, cannot take the snapshot: its dashboard is read from the
     * facts alone, whose figures do not depend on the zone the summaries are kept in.
     */
    static boolean beginsItsTransaction(Connection connection) throws SQLException {
        return !connection.getAutoCommit()
                && connection.isWrapperFor(BaseConnection.class)
                && connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE;
    }

    /**
     * Reads the row of {@link #STATEMENT} or {@link #CHECKS} and refuses a filter naming a therapist or muscle the
     * practice does not have, rather than answering zeros.
     */
    static void requireKnown(ResultSet row, OutcomeFilter filter) throws SQLException {
        if (!row.next()) {
            throw new IllegalStateException("The outcomes' opening gave no row");
        }
        refuseUnknown(row, filter);
    }

    /**
     * Reads the row of {@link #STATEMENT}: tells the look, if any, when its guard did not hold (the clients statement
     * then wrote no line, and none is owed), refuses a filter naming what the practice does not have, and answers the
     * zone the summaries are kept in.
     */
    static String kept(ResultSet row, OutcomeFilter filter, AuditedRead look) throws SQLException {
        if (!row.next()) {
            throw new IllegalStateException("The outcomes' opening gave no row");
        }
        if (look != null && !row.getBoolean("answered")) {
            look.guardDidNotHold();
        }
        refuseUnknown(row, filter);
        return row.getString("kept");
    }

    private static void refuseUnknown(ResultSet row, OutcomeFilter filter) throws SQLException {
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
