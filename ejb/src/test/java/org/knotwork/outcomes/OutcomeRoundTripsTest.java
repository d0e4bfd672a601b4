package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.platform.RuleViolationException;

/**
 * A dashboard goes to the database once, whatever its filters and however often its connection was used before (the
 * driver keeps statements prepared from a connection's fifth use on, and then waited for each of several statements
 * sent together): on a quiet machine each round trip wakes two processes, a cost the smallest dashboards feel
 * (docs/performance.md). Counted on the hand-computed practice of {@link PracticeOutcomesTest}, each dashboard in a
 * transaction as the container's, whose commit is the one more round trip every request pays.
 */
class OutcomeRoundTripsTest extends HandComputedPractice {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** More uses of one connection than the driver's threshold for keeping a statement prepared (5). */
    static final int USES = 8;

    @Test
    void everyFilterCombinationTakesOneRoundTripAndGivesTheFactsFigures() throws SQLException {
        for (int combination = 0; combination < 8; combination++) {
            OutcomeFilter filter = new OutcomeFilter(
                    PracticeOutcomesTest.FROM,
                    PracticeOutcomesTest.TO,
                    (combination & 1) == 0 ? null : practice.alex(),
                    (combination & 2) == 0 ? null : "UPPER_TRAPEZIUS",
                    (combination & 4) == 0 ? null : Region.HEAD_NECK);
            try (Connection c = transactional()) {
                for (int use = 1; use <= USES; use++) {
                    PracticeOutcomes outcomes;
                    try (RoundTrips roundTrips = new RoundTrips()) {
                        outcomes = new OutcomeQueries(c).outcomes(filter, ZoneOffset.UTC, null);

                        assertThat(roundTrips.counted())
                                .as(filter.describe() + ", use " + use)
                                .isEqualTo(1);
                    }
                    c.commit();
                    assertThat(outcomes)
                            .as(filter.describe())
                            .isEqualTo(new OutcomeQueries(c).fromFacts(filter, ZoneOffset.UTC));
                    c.commit();
                }
            }
        }
    }

    @Test
    void aFilterNamingAnUnknownTherapistIsRefusedFromTheSameRoundTrip() throws SQLException {
        OutcomeFilter stranger =
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, UUID.randomUUID(), null, null);
        try (Connection c = transactional();
                RoundTrips roundTrips = new RoundTrips()) {
            assertThatThrownBy(() -> new OutcomeQueries(c).outcomes(stranger, ZoneOffset.UTC, null))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("no therapist");
            assertThat(roundTrips.counted()).isEqualTo(1);
            c.rollback();
        }
    }

    /**
     * Summaries kept by another zone's months (another instance started with another zone rebuilt them) cannot answer
     * this clinic's months: the figures come from the facts, at the price of a second round trip.
     */
    @Test
    void summariesKeptInAnotherZoneCostASecondRoundTripNotWrongMonths() throws SQLException {
        OutcomeFilter quarter = new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, null, null, null);
        OutcomeFilter alexs =
                new OutcomeFilter(PracticeOutcomesTest.FROM, PracticeOutcomesTest.TO, practice.alex(), null, null);
        try (Connection c = connection()) {
            OutcomeSummaryZone.rebuild(c, OutcomeStatements.postgresZone(BERLIN));
            try {
                for (OutcomeFilter filter : new OutcomeFilter[] {quarter, alexs}) {
                    PracticeOutcomes outcomes;
                    c.setAutoCommit(false);
                    try (RoundTrips roundTrips = new RoundTrips()) {
                        outcomes = new OutcomeQueries(c).outcomes(filter, ZoneOffset.UTC, null);
                        assertThat(roundTrips.counted()).as(filter.describe()).isEqualTo(2);
                    }
                    c.commit();
                    c.setAutoCommit(true);
                    assertThat(outcomes)
                            .as(filter.describe())
                            .isEqualTo(new OutcomeQueries(c).fromFacts(filter, ZoneOffset.UTC));
                }
            } finally {
                OutcomeSummaryZone.rebuild(c, "UTC");
            }
        }
    }

    /** A connection whose transactions end when told, as the container's. */
    private Connection transactional() throws SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
        return c;
    }
}
