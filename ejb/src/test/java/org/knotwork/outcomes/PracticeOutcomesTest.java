package org.knotwork.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.outcomes.PracticeOutcomes.MonthlyOutcomes;
import org.knotwork.outcomes.PracticeOutcomes.TherapistProtocol;
import org.knotwork.platform.RuleViolationException;

/**
 * The figures of a small practice, January to March 2026, against values worked out by hand (in the comments of
 * {@link #seed}): a client who improved, one who did not, a one-session client, a client never rated, a client rated
 * once in two sessions, a point that recurred, a draft and a session just after the period that must not count.
 */
class PracticeOutcomesTest extends HandComputedPractice {

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    /** The ids a test needs of the practice {@link #seed} writes. */
    record Practice(UUID alex, UUID billie) {}

    static Practice seed(OutcomeFixture f) throws SQLException {
        UUID alex = f.therapist("alex", "Alex");
        UUID billie = f.therapist("billie", "Billie");

        // C1, Alex, neck: pain 7 -> 5 -> 4 (change -3, improved). P1 PPT 200 -> 250 -> 300 (+100); latent on
        // Feb 5 after 2 sessions.
        UUID c1 = f.client("One");
        UUID p1 = f.activePoint(c1, "UPPER_TRAPEZIUS", at("2026-01-05T08:00:00Z"), alex);
        f.treated(f.signedNote(c1, alex, at("2026-01-05T09:00:00Z"), 7, "HEAD_NECK"), p1, 200.0);
        f.treated(f.signedNote(c1, alex, at("2026-02-05T09:00:00Z"), 5, "HEAD_NECK"), p1, 250.0);
        f.statusChange(p1, 2, "ACTIVE", "LATENT", at("2026-02-05T10:00:00Z"), alex);
        f.treated(f.signedNote(c1, alex, at("2026-03-05T09:00:00Z"), 4, "HEAD_NECK"), p1, 300.0);

        // C2, Billie, low back: a session in December (outside), then 6 -> 5 (change -1, not improved). P2 PPT in
        // the period 220 -> 190 (-30); resolved on Jan 10 after 2 sessions (December's counts), recurs on Mar 10.
        // Jan 10 has a painful compression.
        UUID c2 = f.client("Two");
        UUID p2 = f.activePoint(c2, "QUADRATUS_LUMBORUM", at("2025-12-01T08:00:00Z"), billie);
        f.treated(f.signedNote(c2, billie, at("2025-12-01T09:00:00Z"), 8, "LOW_BACK"), p2, 180.0);
        UUID jan10 = f.signedNote(c2, billie, at("2026-01-10T09:00:00Z"), 6, "LOW_BACK");
        f.treated(jan10, p2, 220.0);
        f.deviation(jan10, p2, 1, "PAINFUL_COMPRESSION");
        f.statusChange(p2, 2, "ACTIVE", "RESOLVED", at("2026-01-10T10:00:00Z"), billie);
        f.treated(f.signedNote(c2, billie, at("2026-03-10T09:00:00Z"), 5, "LOW_BACK"), p2, 190.0);
        f.statusChange(p2, 3, "RESOLVED", "ACTIVE", at("2026-03-10T10:00:00Z"), billie);

        // C3, Alex: one session, pain 5; P3 measured once; a forced stretch and heat out of range (one session).
        UUID c3 = f.client("Three");
        UUID p3 = f.activePoint(c3, "UPPER_TRAPEZIUS", at("2026-02-20T08:00:00Z"), alex);
        UUID feb20 = f.signedNote(c3, alex, at("2026-02-20T09:00:00Z"), 5, "SHOULDER");
        f.treated(feb20, p3, 150.0);
        f.deviation(feb20, p3, 2, "FORCED_STRETCH");
        f.deviation(feb20, p3, 3, "HEAT_OUT_OF_RANGE");

        // C4, Billie: three sessions never rated; P4 latent on Feb 15 after 3 sessions, no PPT.
        UUID c4 = f.client("Four");
        UUID p4 = f.activePoint(c4, "PIRIFORMIS", at("2026-01-15T08:00:00Z"), billie);
        f.treated(f.signedNote(c4, billie, at("2026-01-15T09:00:00Z"), null, "HIP"), p4, null);
        f.treated(f.signedNote(c4, billie, at("2026-01-29T09:00:00Z"), null, "HIP"), p4, null);
        f.treated(f.signedNote(c4, billie, at("2026-02-15T09:00:00Z"), null, "HIP"), p4, null);
        f.statusChange(p4, 2, "ACTIVE", "LATENT", at("2026-02-15T10:00:00Z"), billie);

        // C5: a draft in the period and a signed session at the period's (exclusive) end: neither counts.
        UUID c5 = f.client("Five");
        f.draftNote(c5, alex, at("2026-01-20T09:00:00Z"), 9);
        f.signedNote(c5, alex, TO, 3, null);

        // C6, Alex: two sessions, only the first rated (4): treated, not evaluated. P5 measured once.
        UUID c6 = f.client("Six");
        UUID p5 = f.activePoint(c6, "LEVATOR_SCAPULAE", at("2026-01-03T08:00:00Z"), alex);
        f.treated(f.signedNote(c6, alex, at("2026-01-03T09:00:00Z"), 4, null), p5, 100.0);
        f.treated(f.signedNote(c6, alex, at("2026-03-20T09:00:00Z"), null, null), p5, null);
        f.commit();
        return new Practice(alex, billie);
    }

    @Test
    void clientsSessionsAndPainChangeCountSignedSessionsInThePeriodOnly() throws SQLException {
        PracticeOutcomes.ClientOutcomes clients = outcomes(null, null, null).clients();

        assertThat(clients.clients()).isEqualTo(5);
        assertThat(clients.sessions()).isEqualTo(11);
        assertThat(clients.sessionsPerClient()).isEqualTo(2.2);
        assertThat(clients.painEvaluated()).isEqualTo(2);
        assertThat(clients.oneSession()).isEqualTo(1);
        assertThat(clients.neverRated()).isEqualTo(1);
        assertThat(clients.painChangeMean()).isEqualTo(-2.0);
        assertThat(clients.painChangeMedian()).isEqualTo(-2.0);
        assertThat(clients.improved()).isEqualTo(1);
        assertThat(clients.improvedShare()).isEqualTo(0.5);
    }

    @Test
    void pointsCountPptChangeDeactivationsWithTheirSessionsAndRecurrences() throws SQLException {
        PracticeOutcomes.PointOutcomes points = outcomes(null, null, null).points();

        assertThat(points.treated()).isEqualTo(5);
        assertThat(points.pptEvaluated()).isEqualTo(2);
        assertThat(points.pptChangeMeanKpa()).isCloseTo(35.0, within(1e-9));
        assertThat(points.pptChangeMedianKpa()).isCloseTo(35.0, within(1e-9));
        assertThat(points.deactivated()).isEqualTo(3);
        assertThat(points.sessionsToDeactivateMedian()).isEqualTo(2.0);
        assertThat(points.recurrences()).isEqualTo(1);
    }

    @Test
    void deviationRateCountsEachSessionOncePerTherapist() throws SQLException {
        assertThat(outcomes(null, null, null).therapists())
                .containsExactly(
                        new TherapistProtocol(practice.alex(), "Alex", 6, 1, 0, 1, 1),
                        new TherapistProtocol(practice.billie(), "Billie", 5, 1, 1, 0, 0));
    }

    @Test
    void monthsShowSessionsPainDeviationsDeactivationsAndRecurrences() throws SQLException {
        assertThat(outcomes(null, null, null).months())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("meanPainBefore")
                .containsExactly(
                        new MonthlyOutcomes("2026-01", 5, 4, null, 1, 1, 0),
                        new MonthlyOutcomes("2026-02", 3, 3, null, 1, 2, 0),
                        new MonthlyOutcomes("2026-03", 3, 3, null, 0, 0, 1));
        assertThat(outcomes(null, null, null).months())
                .extracting(MonthlyOutcomes::meanPainBefore)
                .satisfiesExactly(
                        jan -> assertThat(jan).isCloseTo(17.0 / 3, within(1e-9)),
                        feb -> assertThat(feb).isEqualTo(5.0),
                        mar -> assertThat(mar).isEqualTo(4.5));
    }

    @Test
    void aTherapistFilterKeepsTheirSessionsAndTheChangesTheyMade() throws SQLException {
        PracticeOutcomes billies = outcomes(practice.billie(), null, null);

        assertThat(billies.clients().clients()).isEqualTo(2);
        assertThat(billies.clients().sessions()).isEqualTo(5);
        assertThat(billies.clients().painChangeMean()).isEqualTo(-1.0);
        assertThat(billies.clients().improved()).isZero();
        assertThat(billies.points().deactivated()).isEqualTo(2);
        assertThat(billies.points().sessionsToDeactivateMedian()).isEqualTo(2.5);
        assertThat(billies.points().recurrences()).isEqualTo(1);
        assertThat(billies.therapists()).extracting(TherapistProtocol::name).containsExactly("Billie");
    }

    @Test
    void aMuscleFilterKeepsSessionsThatTreatedItAndOnlyItsPoints() throws SQLException {
        PracticeOutcomes trapezius = outcomes(null, "UPPER_TRAPEZIUS", null);

        assertThat(trapezius.clients().clients()).isEqualTo(2);
        assertThat(trapezius.clients().sessions()).isEqualTo(4);
        assertThat(trapezius.clients().improved()).isEqualTo(1);
        assertThat(trapezius.points().treated()).isEqualTo(2);
        assertThat(trapezius.points().pptChangeMeanKpa()).isEqualTo(100.0);
        assertThat(trapezius.points().deactivated()).isEqualTo(1);
        assertThat(trapezius.points().recurrences()).isZero();
    }

    @Test
    void aComplaintFilterKeepsSessionsFiledUnderThatRegion() throws SQLException {
        PracticeOutcomes lowBack = outcomes(null, null, Region.LOW_BACK);

        assertThat(lowBack.clients().clients()).isEqualTo(1);
        assertThat(lowBack.clients().sessions()).isEqualTo(2);
        assertThat(lowBack.clients().painChangeMedian()).isEqualTo(-1.0);
    }

    @Test
    void aPeriodWithoutSessionsHasNoMeansRatherThanZeros() throws SQLException {
        PracticeOutcomes empty = query(new OutcomeFilter(
                Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-02-01T00:00:00Z"), null, null, null));

        assertThat(empty.clients().clients()).isZero();
        assertThat(empty.clients().sessionsPerClient()).isNull();
        assertThat(empty.clients().painChangeMean()).isNull();
        assertThat(empty.clients().improvedShare()).isNull();
        assertThat(empty.points().sessionsToDeactivateMedian()).isNull();
        assertThat(empty.months()).isEmpty();
    }

    @Test
    void aPeriodMustEndAfterItStartsAndLastAtMostFiveYears() {
        assertThatThrownBy(() -> new OutcomeFilter(TO, FROM, null, null, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after its start");
        assertThatThrownBy(() -> new OutcomeFilter(FROM, FROM.plusSeconds(6L * 366 * 86400), null, null, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("five years");
        assertThatThrownBy(() -> new OutcomeFilter(null, TO, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDraftCountsFromTheCommitThatSignsItNotBefore() throws SQLException {
        OutcomeFilter later = new OutcomeFilter(
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"), null, null, null);
        UUID note;
        try (Connection c = connection()) {
            OutcomeFixture f = new OutcomeFixture(c);
            UUID client = f.client("Later");
            UUID point = f.activePoint(client, "SCALENES", at("2027-01-04T08:00:00Z"), practice.alex());
            note = f.draftNote(client, practice.alex(), at("2027-01-04T09:00:00Z"), 6);
            f.treated(note, point, 210.0);
            f.commit();
        }
        assertThat(query(later).clients().sessions()).isZero();

        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.execute("update treatment_notes set status = 'SIGNED', signed_at = timestamptz '2027-01-04 10:00+00'"
                    + " where id = '" + note + "'");
        }
        PracticeOutcomes signed = query(later);
        assertThat(signed.clients().sessions()).isEqualTo(1);
        assertThat(signed.points().treated()).isEqualTo(1);
    }

    @Test
    void aFilterNamingAnUnknownTherapistOrMuscleIsRefused() throws SQLException {
        try (Connection c = connection()) {
            OutcomeQueries queries = new OutcomeQueries(c);
            Dashboards.read(c, new OutcomeFilter(FROM, TO, practice.alex(), "PIRIFORMIS", null), ZoneOffset.UTC);
            assertThatThrownBy(() -> Dashboards.read(
                            c, new OutcomeFilter(FROM, TO, UUID.randomUUID(), null, null), ZoneOffset.UTC))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("no therapist");
            assertThatThrownBy(() -> queries.fromFacts(new OutcomeFilter(FROM, TO, null, "NOSE", null), ZoneOffset.UTC))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("no muscle NOSE");
        }
    }

    /**
     * The dashboard is read in the caller's transaction, which holds its snapshot and commits its line with it; a
     * connection committing each statement by itself would commit a look's line alone, so it is refused.
     */
    @Test
    void theFiguresAreReadInTheCallersTransactionAndNeverInOneOfTheirOwn() throws SQLException {
        try (Connection c = connection()) {
            assertThatThrownBy(() -> new OutcomeQueries(c)
                            .outcomes(new OutcomeFilter(FROM, TO, null, null, null), ZoneOffset.UTC, null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("caller's transaction");
        }
    }

    private PracticeOutcomes outcomes(UUID therapist, String muscle, Region complaint) throws SQLException {
        return query(new OutcomeFilter(FROM, TO, therapist, muscle, complaint));
    }

    private PracticeOutcomes query(OutcomeFilter filter) throws SQLException {
        try (Connection c = connection()) {
            return Dashboards.read(c, filter, ZoneOffset.UTC);
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
