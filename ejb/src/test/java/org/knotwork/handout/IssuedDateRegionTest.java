package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.practice.DateRegion;
import org.knotwork.testing.OnCountedUnit;

/**
 * The practice's country of dates (V89) on a real PostgreSQL, through {@link HandoutService}: none after the
 * migration, so sheets write dates as before; a draft's preview follows the setting as it is now; a signed note's sheet
 * is reissued with the country it was first issued with, whatever the practice chooses afterwards.
 */
class IssuedDateRegionTest extends OnCountedUnit {

    @BeforeAll
    static void therapist() {
        HandoutIssueRoundTripsTest.therapist();
    }

    @Test
    void aMigratedPracticeHasChosenNoCountryAndItsSheetsWriteDatesAsBefore() {
        assertThat(region()).isNull();
        UUID note = HandoutIssueRoundTripsTest.signedNote(Set.of(), 1);

        String text = HandoutFixtures.text(
                HandoutIssueRoundTripsTest.issue(note).sheet().pdf());

        assertThat(text).contains("Session: May 4, 2026");
    }

    @Test
    void aReissueKeepsTheCountryOfTheFirstIssueWhenThePracticeChoosesAnother() {
        try {
            setRegion("GB");
            UUID note = HandoutIssueRoundTripsTest.signedNote(Set.of(), 2);
            HandoutPdf first = HandoutIssueRoundTripsTest.issue(note).sheet();
            assertThat(HandoutFixtures.text(first.pdf())).contains("Session: 4 May 2026");

            setRegion("US");
            HandoutPdf again = HandoutIssueRoundTripsTest.issue(note).sheet();

            assertThat(again.sha256()).as("the same file as first issued").isEqualTo(first.sha256());
            assertThat(snapshotRegion(note)).isEqualTo(DateRegion.GB.code());
        } finally {
            setRegion(null);
        }
    }

    private static String region() {
        return unit.inTransaction(em -> (String) em.createNativeQuery("select date_region from practice_settings")
                .getSingleResult());
    }

    private static String snapshotRegion(UUID note) {
        return unit.inTransaction(
                em -> (String) em.createNativeQuery("select date_region from handout_snapshots where note_id = ?1")
                        .setParameter(1, note)
                        .getSingleResult());
    }

    private static void setRegion(String code) {
        unit.inTransaction(em -> (code == null
                        ? em.createNativeQuery("update practice_settings set date_region = null")
                        : em.createNativeQuery("update practice_settings set date_region = ?1")
                                .setParameter(1, code))
                .executeUpdate());
    }
}
