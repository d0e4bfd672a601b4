package org.knotwork.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.knotwork.audit.AuditedRead;
import org.knotwork.outcomes.PracticeOutcomes.ClientOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.PointOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;

/**
 * Computes the figures with the hand-written statements of {@link OutcomeStatements} over the outcome facts and their
 * month summaries, which the database keeps as notes are signed (V11, V70): it aggregates a year of a busy practice
 * far faster than loading its notes would, and they are the statements the benchmark runs directly in psql. They go to
 * the database in one round trip with their {@link OutcomeOpening}.
 */
final class OutcomeQueries {

    private static final Logger LOG = Logger.getLogger(OutcomeQueries.class.getName());
    private static final AtomicBoolean WITHOUT_SNAPSHOT_TOLD = new AtomicBoolean();

    private final Connection connection;

    OutcomeQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * The figures for a filter, refused when it names a therapist or muscle the practice does not have, rather than
     * answering zeros. When the summaries and the facts' months are kept in the clinic's zone (V70, V80; from start-up
     * on, see {@link OutcomeSummaryZone}): without filters from the month summaries, with filters from the facts grouped
     * by the months they carry. In any other zone from the facts, their months worked out per row.
     *
     * <p>One round trip: the statements are chosen as if the summaries were kept in the clinic's zone, which start-up
     * makes so, and sent with the opening that says where they are kept. Should another instance have rebuilt them for
     * another zone since, the figures read are set aside and the statements for that case sent in a second round trip.
     *
     * <p>With {@code look}, the look is recorded by the statements that read the figures ({@link AuditedRead}), in the
     * same round trip: the line is in the connection's transaction exactly when the figures are answered. Everything is
     * read in one snapshot ({@link OutcomeOpening#SNAPSHOT}), so the zone the opening finds is the zone every statement
     * reads, and at most one line is written; a transaction that has read already cannot take it, and reads the facts
     * alone. The figures are read in the caller's transaction, which holds the snapshot and commits the line with
     * whatever else it holds: a connection committing each statement by itself has none, and is refused.
     */
    PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone, AuditedRead look) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException(
                    "The outcomes are read in the caller's transaction; this connection commits each statement alone");
        }
        if (!OutcomeOpening.beginsItsTransaction(connection)) {
            if (WITHOUT_SNAPSHOT_TOLD.compareAndSet(false, true)) {
                LOG.warning("A dashboard was asked for in a transaction that had read already: read from the facts"
                        + " alone, slower than from the summaries (said once)");
            }
            return read(filter, zone, null, look, false).orElseThrow();
        }
        Optional<PracticeOutcomes> asKept = read(filter, zone, OutcomeStatements.postgresZone(zone), look, true);
        if (asKept.isPresent()) {
            return asKept.get();
        }
        return read(filter, zone, null, look, false).orElseThrow();
    }

    /**
     * The figures from the facts alone, whatever the filter, with every month worked out from the moment in the zone:
     * what the summaries and the facts' stored months must always agree with.
     */
    PracticeOutcomes fromFacts(OutcomeFilter filter, ZoneId zone) throws SQLException {
        return read(filter, zone, null, null, false).orElseThrow();
    }

    /** Refuses a filter naming a therapist or muscle the practice does not have, rather than answering zeros. */
    void requireKnown(OutcomeFilter filter) throws SQLException {
        try (PreparedStatement checks = OutcomeOpening.CHECKS.prepare(
                        connection, OutcomeStatements.values(filter, ZoneOffset.UTC, false));
                ResultSet row = checks.executeQuery()) {
            OutcomeOpening.requireKnown(row, filter);
        }
    }

    /**
     * Sends the opening and the four statements together, chosen for summaries kept in {@code assumedKept} (null:
     * from the facts, months per row, right wherever they are kept), and reads the figures; empty when the opening
     * says the summaries are kept elsewhere than assumed (then the look, if any, was not recorded either). With {@code
     * snapshot}, the batch begins the transaction's one snapshot. The look is told when the batch goes out ({@link
     * AuditedRead#sending}): should anything fail before its line is read, the attempt is still owed a line.
     */
    private Optional<PracticeOutcomes> read(
            OutcomeFilter filter, ZoneId zone, String assumedKept, AuditedRead look, boolean snapshot)
            throws SQLException {
        boolean monthsStored = assumedKept != null;
        OutcomeStatements statements =
                monthsStored && filter.unfiltered() ? OutcomeStatements.SUMMARISED : OutcomeStatements.FROM_FACTS;
        Map<String, Object> values = OutcomeStatements.values(filter, zone, monthsStored);
        try (PreparedStatement query = statements.prepare(connection, values, look, snapshot)) {
            if (look != null) {
                look.sending();
            }
            query.execute();
            toTheOpening(query);
            String kept;
            try (ResultSet opening = query.getResultSet()) {
                kept = OutcomeOpening.kept(opening, filter, look);
            }
            if (monthsStored && !assumedKept.equals(kept)) {
                return Optional.empty();
            }
            ClientOutcomes clients = clients(next(query), statements.clients(), look);
            PointOutcomes points = one(next(query), statements.points(), PointOutcomes.class);
            List<TherapistProtocol> therapists = all(next(query), TherapistProtocol.class).stream()
                    .sorted(Comparator.comparing(TherapistProtocol::name).thenComparing(TherapistProtocol::therapistId))
                    .toList();
            List<MonthlyOutcomes> months = all(next(query), MonthlyOutcomes.class).stream()
                    .sorted(Comparator.comparing(MonthlyOutcomes::month))
                    .toList();
            return Optional.of(new PracticeOutcomes(filter, clients, points, therapists, months));
        }
    }

    /**
     * The clients' figures; when the statement was to record the look, it must have: figures are never answered
     * without their line. The opening and the line's guard read the same snapshot, so they agree. The line is noted as
     * soon as its row is read, so whatever fails after it is written again as failed with its figure.
     */
    private static ClientOutcomes clients(PreparedStatement query, OutcomeStatement statement, AuditedRead look)
            throws SQLException {
        try (ResultSet row = query.getResultSet()) {
            if (!row.next()) {
                throw new IllegalStateException(statement.name() + ".sql gave no row");
            }
            if (look != null && !look.recorded(row)) {
                throw new IllegalStateException("The look at the outcomes was not recorded; the figures are withheld");
            }
            return OutcomeRows.one(row, ClientOutcomes.class);
        }
    }

    /** Past the snapshot's statements, if sent (no rows, an update count each), to the opening's row. */
    private static void toTheOpening(PreparedStatement query) throws SQLException {
        while (query.getResultSet() == null) {
            if (!query.getMoreResults() && query.getUpdateCount() == -1) {
                throw new IllegalStateException("The outcome statements gave no opening");
            }
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
