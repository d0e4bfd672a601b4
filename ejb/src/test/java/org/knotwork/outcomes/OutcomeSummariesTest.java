package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The monthly summaries (V11) against the facts they summarise, on the hand-computed practice of
 * {@link PracticeOutcomesTest}: the unfiltered figures read from the summaries must equal those read from the facts
 * for whole months, partial months at either end, periods inside one month and clients or points whose history
 * starts before or ends after the period, also after a note is signed late into a month already summarised.
 */
class OutcomeSummariesTest extends HandComputedPractice {

    @Test
    void theSummariesGiveTheFactsFiguresForWholeAndPartialMonths() throws SQLException {
        for (String[] period : List.of(
                new String[] {"2026-01-01", "2026-04-01"},
                new String[] {"2025-12-01", "2026-04-01"},
                new String[] {"2025-12-15", "2026-03-10"},
                new String[] {"2026-01-10", "2026-04-01"},
                new String[] {"2026-02-03", "2026-02-20"},
                new String[] {"2026-01-29", "2026-03-06"},
                new String[] {"2026-02-01", "2026-03-01"},
                new String[] {"2025-06-01", "2027-01-01"})) {
            OutcomeFilter filter = new OutcomeFilter(day(period[0]), day(period[1]), null, null, null);

            assertThat(summarised(filter)).as("%s to %s", period[0], period[1]).isEqualTo(fromFacts(filter));
        }
    }

    @Test
    void aNoteSignedLaterCountsInTheSummariesOfItsMonth() throws SQLException {
        OutcomeFilter winter = new OutcomeFilter(day("2028-01-01"), day("2028-03-01"), null, null, null);
        OutcomeFilter partial = new OutcomeFilter(day("2028-01-03"), day("2028-02-20"), null, null, null);
        UUID draft;
        try (Connection c = connection()) {
            OutcomeFixture f = new OutcomeFixture(c);
            UUID therapist = f.therapist("casey", "Casey");
            UUID client = f.client("Late");
            UUID neck = f.activePoint(client, "SCALENES", day("2027-12-01"), therapist);
            UUID shoulder = f.activePoint(client, "LEVATOR_SCAPULAE", day("2028-01-02"), therapist);
            f.treated(f.signedNote(client, therapist, day("2027-12-01").plusSeconds(3600), 9, null), neck, 100.0);
            UUID jan = f.signedNote(client, therapist, day("2028-01-10"), 6, null);
            f.treated(jan, neck, 150.0);
            f.treated(jan, shoulder, 300.0);
            UUID feb = f.signedNote(client, therapist, day("2028-02-10"), 4, null);
            f.treated(feb, neck, 170.0);
            f.treated(feb, shoulder, 320.0);
            draft = f.draftNote(client, therapist, day("2028-01-05"), 8);
            f.treated(draft, neck, 120.0);
            f.treated(draft, shoulder, 260.0);
            f.commit();
        }
        // Before signing: Jan 10 (6) -> Feb 10 (4); neck 150 -> 170, shoulder 300 -> 320 (both points of each note).
        PracticeOutcomes before = summarised(winter);
        assertThat(before.clients().sessions()).isEqualTo(2);
        assertThat(before.clients().painChangeMean()).isEqualTo(-2.0);
        assertThat(before.points().treated()).isEqualTo(2);
        assertThat(before.points().pptChangeMeanKpa()).isEqualTo(20.0);
        assertThat(before).isEqualTo(fromFacts(winter));

        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.execute("update treatment_notes set status = 'SIGNED', signed_at = timestamptz '2028-03-02 10:00+00'"
                    + " where id = '" + draft + "'");
        }
        // Signed in March, dated January 5: Jan 5 (8) is now the first session; neck 120 -> 170, shoulder 260 -> 320.
        PracticeOutcomes after = summarised(winter);
        assertThat(after.clients().sessions()).isEqualTo(3);
        assertThat(after.clients().painChangeMean()).isEqualTo(-4.0);
        assertThat(after.points().pptChangeMeanKpa()).isEqualTo(55.0);
        assertThat(after.months()).first().satisfies(january -> {
            assertThat(january.sessions()).isEqualTo(2);
            assertThat(january.meanPainBefore()).isEqualTo(7.0);
        });
        assertThat(after).isEqualTo(fromFacts(winter));
        assertThat(summarised(partial)).isEqualTo(fromFacts(partial));
    }

    @Test
    void summariesRebuiltForTheClinicsZoneGiveTheFactsFiguresByItsMonths() throws SQLException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        try (Connection c = connection()) {
            OutcomeFixture f = new OutcomeFixture(c);
            UUID therapist = f.therapist("dana", "Dana");
            UUID client = f.client("Midnight");
            UUID point = f.activePoint(client, "SCALENES", day("2026-02-20"), therapist);
            // 23:30 UTC on 28 February is 00:30 on 1 March in Berlin.
            f.treated(f.signedNote(client, therapist, Instant.parse("2026-02-28T23:30:00Z"), 6, null), point, 140.0);
            f.commit();
        }
        try {
            rebuild(berlin);
            for (String[] period : List.of(
                    new String[] {"2026-01-01", "2026-04-01"},
                    new String[] {"2026-02-01", "2026-03-01"},
                    new String[] {"2025-12-15", "2026-03-10"},
                    new String[] {"2026-02-03", "2026-02-20"})) {
                OutcomeFilter filter =
                        new OutcomeFilter(localDay(period[0], berlin), localDay(period[1], berlin), null, null, null);
                assertThat(outcomes(filter, berlin))
                        .as("%s to %s in Berlin", period[0], period[1])
                        .isEqualTo(fromFacts(filter, berlin));
            }
            PracticeOutcomes quarter = outcomes(
                    new OutcomeFilter(localDay("2026-01-01", berlin), localDay("2026-04-01", berlin), null, null, null),
                    berlin);
            PracticeOutcomes utcQuarter =
                    summarised(new OutcomeFilter(day("2026-01-01"), day("2026-04-01"), null, null, null));
            assertThat(sessionsIn(quarter, "2026-03")).isEqualTo(sessionsIn(utcQuarter, "2026-03") + 1);
            assertThat(sessionsIn(quarter, "2026-02")).isEqualTo(sessionsIn(utcQuarter, "2026-02") - 1);
        } finally {
            rebuild(ZoneOffset.UTC);
        }
    }

    @Test
    void aFixedOffsetMeansTheSameMonthsInPostgresAsInJava() throws SQLException {
        for (ZoneOffset offset : List.of(ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30))) {
            Instant instant = Instant.parse("2026-01-31T23:00:00Z");
            try (Connection c = connection();
                    PreparedStatement q = c.prepareStatement(
                            "select to_char(date_trunc('month', ?, ?) at time zone ?, 'YYYY-MM-DD HH24:MI')")) {
                q.setObject(1, instant.atOffset(ZoneOffset.UTC));
                q.setString(2, OutcomeStatements.postgresZone(offset));
                q.setString(3, OutcomeStatements.postgresZone(offset));
                try (ResultSet row = q.executeQuery()) {
                    row.next();
                    String month = instant.atOffset(offset).toLocalDate().withDayOfMonth(1) + " 00:00";
                    assertThat(row.getString(1)).as("%s", offset).isEqualTo(month);
                }
            }
        }
    }

    private static long sessionsIn(PracticeOutcomes outcomes, String month) {
        return outcomes.months().stream()
                .filter(m -> m.month().equals(month))
                .mapToLong(PracticeOutcomes.MonthlyOutcomes::sessions)
                .sum();
    }

    private void rebuild(ZoneId zone) throws SQLException {
        try (Connection c = connection()) {
            OutcomeSummaryZone.rebuild(c, OutcomeStatements.postgresZone(zone));
            assertThat(OutcomeSummaryZone.kept(c)).isEqualTo(OutcomeStatements.postgresZone(zone));
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

    private static Instant localDay(String date, ZoneId zone) {
        return LocalDate.parse(date).atStartOfDay(zone).toInstant();
    }

    private PracticeOutcomes summarised(OutcomeFilter filter) throws SQLException {
        try (Connection c = connection()) {
            return Dashboards.read(c, filter, ZoneOffset.UTC);
        }
    }

    private PracticeOutcomes fromFacts(OutcomeFilter filter) throws SQLException {
        try (Connection c = connection()) {
            return new OutcomeQueries(c).fromFacts(filter, ZoneOffset.UTC);
        }
    }

    private static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }
}
