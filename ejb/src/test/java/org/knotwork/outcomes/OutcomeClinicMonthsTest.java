package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The figures of a clinic outside UTC, read the fast way (the month summaries, and the months each fact carries in
 * the clinic's zone, V70 and V80), against the plain facts statement that works every month out from the moment, for
 * every filter combination: sessions and status changes late on a month's last day, on the days the clocks change, and
 * after the practice moves to another zone.
 */
class OutcomeClinicMonthsTest extends HandComputedPractice {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Half-hour offsets, and summer time in the southern half of the year: +10:30 until 5 April 2026, then +09:30.
    static final ZoneId ADELAIDE = ZoneId.of("Australia/Adelaide");

    UUID erin;

    /** A therapist whose sessions and status changes fall on the edges of months and of summer time. */
    @Override
    void addToThePractice(OutcomeFixture f) throws SQLException {
        erin = f.therapist("erin", "Erin");
        UUID client = f.client("Edges");
        UUID neck = f.activePoint(client, "SCALENES", at("2026-02-10T09:00:00Z"), erin);
        UUID back = f.activePoint(client, "QUADRATUS_LUMBORUM", at("2026-02-10T09:00:00Z"), erin);
        // UTC February; Berlin 1 March 00:30; Adelaide 1 March 10:00.
        f.treated(f.signedNote(client, erin, at("2026-02-28T23:30:00Z"), 7, "HEAD_NECK"), neck, 150.0);
        f.statusChange(neck, 2, "ACTIVE", "LATENT", at("2026-02-28T23:45:00Z"), erin);
        // Berlin's clocks go forward at 01:00 UTC: 01:30 in winter time, still March everywhere.
        f.treated(f.signedNote(client, erin, at("2026-03-29T00:30:00Z"), 6, "LOW_BACK"), back, 200.0);
        // Adelaide in summer time: 1 April 00:15 (in winter time it would still be 31 March); Berlin 31 March.
        f.treated(f.signedNote(client, erin, at("2026-03-31T13:45:00Z"), 5, "HEAD_NECK"), neck, 170.0);
        // Berlin in summer time: 1 April 00:30; UTC 31 March.
        f.treated(f.signedNote(client, erin, at("2026-03-31T22:30:00Z"), 5, "LOW_BACK"), back, 210.0);
        f.statusChange(neck, 3, "LATENT", "ACTIVE", at("2026-03-31T22:45:00Z"), erin);
        // Adelaide back in winter time: 30 April 23:45 (in summer time it would be 1 May).
        f.treated(f.signedNote(client, erin, at("2026-04-30T14:15:00Z"), 4, "HEAD_NECK"), neck, 190.0);
        // Berlin back in winter time: 31 October 23:30 (in summer time it would be 1 November).
        f.treated(f.signedNote(client, erin, at("2026-10-31T22:30:00Z"), 3, "LOW_BACK"), back, 230.0);
    }

    @AfterEach
    void backToUtc() throws SQLException {
        rebuild(ZoneOffset.UTC);
    }

    @Test
    void aBerlinClinicsSessionLateOnTheMonthsLastDayCountsInTheNextMonth() throws SQLException {
        rebuild(BERLIN);
        everyFilterGivesThePlainFactsFigures(BERLIN);

        OutcomeFilter spring = erinFrom("2026-02-01", "2026-05-01", BERLIN);
        assertThat(monthly(spring, BERLIN)).isEqualTo(Map.of("2026-03", "3 1 0", "2026-04", "2 0 1"));
        OutcomeFilter autumn = erinFrom("2026-10-01", "2026-12-01", BERLIN);
        assertThat(monthly(autumn, BERLIN)).isEqualTo(Map.of("2026-10", "1 0 0"));
    }

    @Test
    void anAdelaideClinicsMonthsFollowItsHalfHourOffsetsAndSouthernSummerTime() throws SQLException {
        rebuild(ADELAIDE);
        everyFilterGivesThePlainFactsFigures(ADELAIDE);

        OutcomeFilter autumn = erinFrom("2026-02-01", "2026-06-01", ADELAIDE);
        assertThat(monthly(autumn, ADELAIDE)).isEqualTo(Map.of("2026-03", "2 1 0", "2026-04", "3 0 1"));
    }

    @Test
    void aPracticeThatMovesToAnotherZoneHasEveryFactsMonthWorkedOutAgain() throws SQLException {
        rebuild(BERLIN);
        rebuild(ADELAIDE);
        assertThat(monthsNotInTheKeptZone()).isZero();
        try (Connection c = connection()) {
            OutcomeFixture f = new OutcomeFixture(c);
            UUID client = f.client("After the move");
            UUID point = f.activePoint(client, "SCALENES", at("2026-05-01T00:00:00Z"), erin);
            // Signed after the move: 31 May 23:45 in UTC is 1 June 09:15 in Adelaide.
            f.treated(f.signedNote(client, erin, at("2026-05-31T23:45:00Z"), 6, "HEAD_NECK"), point, 160.0);
            f.commit();
        }
        assertThat(monthsNotInTheKeptZone()).isZero();
        assertThat(monthly(erinFrom("2026-05-01", "2026-07-01", ADELAIDE), ADELAIDE))
                .isEqualTo(Map.of("2026-06", "1 0 0"));
        everyFilterGivesThePlainFactsFigures(ADELAIDE);
    }

    @Test
    void aStartUpInANewZoneRebuildsOnAPooledConnectionAndLeavesItAsItWas() throws SQLException {
        PGSimpleDataSource pooled = (PGSimpleDataSource) database.database().dataSource();
        pooled.setOptions("-c statement_timeout=7000");
        try (Connection c = pooled.getConnection()) {
            c.setAutoCommit(false);
            c.setNetworkTimeout(Runnable::run, 12_000);

            OutcomeSummaryZone.rebuildAndVacuum(c, OutcomeStatements.postgresZone(BERLIN));

            assertThat(OutcomeSummaryZone.kept(c)).isEqualTo("Europe/Berlin");
            assertThat(c.getAutoCommit()).isFalse();
            assertThat(c.getNetworkTimeout()).isEqualTo(12_000);
            try (PreparedStatement q = c.prepareStatement("show statement_timeout");
                    ResultSet row = q.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("7s");
            }
            c.rollback();
        }
        assertThat(monthsNotInTheKeptZone()).isZero();
        everyFilterGivesThePlainFactsFigures(BERLIN);
    }

    private void everyFilterGivesThePlainFactsFigures(ZoneId zone) throws SQLException {
        List<String[]> periods = List.of(
                new String[] {"2026-03-01", "2026-04-01"},
                new String[] {"2026-02-15", "2026-04-10"},
                new String[] {"2026-03-31", "2026-04-02"},
                new String[] {"2026-10-01", "2026-12-01"},
                new String[] {"2025-06-01", "2027-01-01"});
        for (String[] period : periods) {
            for (int filters = 0; filters < 8; filters++) {
                OutcomeFilter filter = new OutcomeFilter(
                        day(period[0], zone),
                        day(period[1], zone),
                        (filters & 1) == 0 ? null : erin,
                        (filters & 2) == 0 ? null : "SCALENES",
                        (filters & 4) == 0 ? null : Region.HEAD_NECK);
                assertThat(outcomes(filter, zone))
                        .as("%s in %s", filter.describe(), zone)
                        .isEqualTo(fromFacts(filter, zone));
            }
        }
    }

    /** Erin's figures by month: sessions, deactivations, recurrences. */
    private Map<String, String> monthly(OutcomeFilter filter, ZoneId zone) throws SQLException {
        return outcomes(filter, zone).months().stream()
                .collect(Collectors.toMap(
                        PracticeOutcomes.MonthlyOutcomes::month,
                        m -> m.sessions() + " " + m.deactivated() + " " + m.recurrences()));
    }

    private OutcomeFilter erinFrom(String from, String to, ZoneId zone) {
        return new OutcomeFilter(day(from, zone), day(to, zone), erin, null, null);
    }

    private long monthsNotInTheKeptZone() throws SQLException {
        try (Connection c = connection();
                PreparedStatement q = c.prepareStatement("select"
                        + " (select count(*) from outcome_sessions, outcome_summary_zone z"
                        + "  where month <> date_trunc('month', session_at, z.zone))"
                        + " + (select count(*) from outcome_point_changes, outcome_summary_zone z"
                        + "  where month <> date_trunc('month', changed_at, z.zone))");
                ResultSet row = q.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void rebuild(ZoneId zone) throws SQLException {
        try (Connection c = connection()) {
            OutcomeSummaryZone.rebuild(c, OutcomeStatements.postgresZone(zone));
        }
    }

    private PracticeOutcomes outcomes(OutcomeFilter filter, ZoneId zone) throws SQLException {
        try (Connection c = connection()) {
            return Dashboards.read(c, filter, zone);
        }
    }

    private PracticeOutcomes fromFacts(OutcomeFilter filter, ZoneId zone) throws SQLException {
        try (Connection c = connection()) {
            return new OutcomeQueries(c).fromFacts(filter, zone);
        }
    }

    private static Instant day(String date, ZoneId zone) {
        return LocalDate.parse(date).atStartOfDay(zone).toInstant();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
