package org.knotwork.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Contraindication;

/** An injury is recent for its first 72 hours in the clinic's time; an undated one stays recent. */
class RecentTraumaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void theWindowIsSeventyTwoHours() {
        assertThat(RecentTrauma.HOURS).isEqualTo(72);
    }

    /** The number lives in {@link RecentTrauma}; the label a therapist ticks and the clinicians' page must agree. */
    @Test
    void theLabelAndTheSafetyRulesPageSayTheSameHours() throws IOException {
        assertThat(Contraindication.RECENT_TRAUMA.label()).contains("< " + RecentTrauma.HOURS + " h");
        assertThat(Files.readString(SafetyRulesTest.DOC))
                .contains("**Recent trauma is recent for its first " + RecentTrauma.HOURS + " hours**")
                .contains("a session up to " + RecentTrauma.HOURS + " hours after the injury");
        assertThat(Files.readString(SafetyRulesTest.DOC.resolveSibling("user-guide.md")))
                .contains("recent for its first " + RecentTrauma.HOURS + " hours only");
    }

    @Test
    void anInjuryWithATimeIsRecentUpToAndIncludingTheSeventySecondHour() {
        LocalTime ten = LocalTime.of(10, 0);
        Instant happened = Instant.parse("2026-11-30T10:00:00Z"); // London is on UTC in winter

        assertThat(RecentTrauma.isRecentAt(MONDAY, ten, LONDON, happened.plusSeconds(71 * 3600)))
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, ten, LONDON, happened.plusSeconds(72 * 3600)))
                .as("on the boundary: still recent")
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, ten, LONDON, happened.plusSeconds(72 * 3600 + 1)))
                .isFalse();
    }

    @Test
    void anInjuryWithoutATimeCountsFromTheEndOfItsDay() {
        // It may have happened at 23:59 on Monday: recent until the end of Thursday.
        assertThat(RecentTrauma.isRecentAt(MONDAY, null, LONDON, Instant.parse("2026-12-03T23:59:00Z")))
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, null, LONDON, Instant.parse("2026-12-04T00:00:00Z")))
                .as("on the boundary: still recent")
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, null, LONDON, Instant.parse("2026-12-04T00:00:01Z")))
                .isFalse();
    }

    @Test
    void theInjuryDateIsTheClinicsDate() {
        // Friday 09:00 in Auckland is Thursday 20:00 UTC: read in UTC the Monday injury would still be recent.
        Instant fridayMorningInAuckland = Instant.parse("2026-12-03T20:00:00Z");

        assertThat(RecentTrauma.isRecentAt(MONDAY, null, AUCKLAND, fridayMorningInAuckland))
                .isFalse();
        assertThat(RecentTrauma.isRecentAt(MONDAY, null, ZoneId.of("UTC"), fridayMorningInAuckland))
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, LocalTime.of(8, 0), AUCKLAND, Instant.parse("2026-12-02T19:00:00Z")))
                .as("Thursday 08:00 in Auckland, 72 h after Monday 08:00 there")
                .isTrue();
        assertThat(RecentTrauma.isRecentAt(MONDAY, LocalTime.of(8, 0), AUCKLAND, Instant.parse("2026-12-02T19:00:01Z")))
                .isFalse();
    }

    @Test
    void anUndatedInjuryStaysRecent() {
        assertThat(RecentTrauma.isRecentAt(null, null, LONDON, Instant.parse("2036-01-01T00:00:00Z")))
                .isTrue();
        assertThat(RecentTrauma.notBefore(null, null, LONDON)).isNull();
    }

    @Test
    void anOldInjuryNoLongerAppliesAndTheOtherContraindicationsDo() {
        Set<Contraindication> recorded = Set.of(Contraindication.RECENT_TRAUMA, Contraindication.CARDIAC);

        assertThat(RecentTrauma.applyingAt(recorded, MONDAY, null, LONDON, Instant.parse("2026-12-03T12:00:00Z")))
                .isEqualTo(recorded);
        assertThat(RecentTrauma.applyingAt(recorded, MONDAY, null, LONDON, Instant.parse("2026-12-05T12:00:00Z")))
                .containsExactly(Contraindication.CARDIAC);
        assertThat(RecentTrauma.applyingAt(recorded, null, null, LONDON, Instant.parse("2030-12-05T12:00:00Z")))
                .isEqualTo(recorded);
    }

    @Test
    void notBeforeIsTheFirstWholeDayPastTheWindow() {
        assertThat(RecentTrauma.notBefore(MONDAY, null, LONDON)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(RecentTrauma.notBefore(MONDAY, LocalTime.of(10, 0), LONDON)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(RecentTrauma.notBefore(MONDAY, LocalTime.MIDNIGHT, LONDON)).isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
