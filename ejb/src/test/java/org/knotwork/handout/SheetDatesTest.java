package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knotwork.charting.HomeCare;
import org.knotwork.practice.DateRegion;

/**
 * A sheet's dates follow the practice's country and its words the sheet's language: "2 March 2026" on an English
 * sheet in the United Kingdom, "March 2, 2026" in the United States, "2 de marzo de 2026" on a Spanish one.
 */
class SheetDatesTest {

    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final LocalDateTime AT_HALF_TWO = MARCH_2.atTime(14, 30);

    @Test
    void anEnglishSheetWritesTheDayFirstInTheUnitedKingdomAndTheMonthFirstInTheUnitedStates() {
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.GB).date(MARCH_2))
                .isEqualTo("2 March 2026");
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.US).date(MARCH_2))
                .isEqualTo("March 2, 2026");
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.GB).dateTime(AT_HALF_TWO))
                .isEqualTo("2 March 2026, 14:30");
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.US).dateTime(AT_HALF_TWO))
                .isEqualTo("March 2, 2026, 2:30 PM");
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.GB).weekday(MARCH_2))
                .isEqualTo("Mon 2");
    }

    @Test
    void aSpanishSheetKeepsItsOwnWordsWhereverThePracticeIs() {
        for (DateRegion region : new DateRegion[] {DateRegion.ES, DateRegion.MX, DateRegion.GB, null}) {
            assertThat(new HandoutWording(HandoutLanguage.ES.locale(), region).date(MARCH_2))
                    .as(String.valueOf(region))
                    .isEqualTo("2 de marzo de 2026");
        }
        assertThat(new HandoutWording(HandoutLanguage.ES.locale(), DateRegion.ES).weekday(MARCH_2))
                .isEqualTo("lun 2");
    }

    @Test
    void anEnglishSheetInACountryWithoutEnglishOfItsOwnWritesTheDayFirstNotAsInTheUnitedStates() {
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.ES).date(MARCH_2))
                .isEqualTo("2 March 2026");
        assertThat(new HandoutWording(Locale.ENGLISH, DateRegion.MX).date(MARCH_2))
                .isEqualTo("2 March 2026");
    }

    @Test
    void withNoCountryChosenASheetWritesDatesAsItsLanguageDoesAsBefore() {
        assertThat(new HandoutWording(Locale.ENGLISH).date(MARCH_2)).isEqualTo("March 2, 2026");
        assertThat(new HandoutWording(Locale.ENGLISH, null).date(MARCH_2)).isEqualTo("March 2, 2026");
        assertThat(SheetDates.of(HandoutLanguage.EN, null).date(MARCH_2)).isEqualTo("March 2, 2026");
    }

    @Test
    void everyCountryGivesEachLanguageADateWithTheYearAndTheMonthInWords() {
        for (DateRegion region : DateRegion.values()) {
            assertThat(SheetDates.of(HandoutLanguage.EN, region).date(MARCH_2))
                    .as(region.name())
                    .contains("March", "2026");
            assertThat(SheetDates.of(HandoutLanguage.ES, region).date(MARCH_2))
                    .as(region.name())
                    .isEqualTo("2 de marzo de 2026");
        }
    }

    @Test
    void theWholeSheetAndItsLetterWriteEveryDateTheUnitedKingdomsWay() {
        HomeCare advice = new HomeCare("Keep moving.", Instant.parse("2026-03-09T14:30:00Z"));
        HandoutContent content = inCountry(
                HandoutFixtures.issued(
                        HandoutFixtures.content(HandoutFixtures.typicalNote(HandoutFixtures.client(), advice))),
                DateRegion.GB);

        String text = HandoutFixtures.text(HandoutRenderer.render(content, PaperSize.A4));

        assertThat(text)
                .contains("Session: 2 March 2026")
                .contains("Your next appointment: 9 March 2026, 14:30")
                .doesNotContain("March 2, 2026")
                .contains("Tue 3 Wed 4");
        HandoutPost.Letter letter = HandoutLetters.letter(
                content, SheetFormat.usual(PaperSize.A4), "zoe@example.org", new byte[0], "sheet.pdf");
        assertThat(letter.subject()).contains("2 March 2026");
    }

    @Test
    void anEnglishSheetInTheUnitedStatesSaysWhatASheetWithoutACountryAlwaysSaid() {
        HandoutContent content = HandoutFixtures.issued(
                HandoutFixtures.content(HandoutFixtures.typicalNote(HandoutFixtures.client(), HomeCare.NONE)));

        String own = HandoutFixtures.text(HandoutRenderer.render(content, PaperSize.A4));
        String american = HandoutFixtures.text(HandoutRenderer.render(inCountry(content, DateRegion.US), PaperSize.A4));

        assertThat(own).contains("Session: March 2, 2026");
        assertThat(american).isEqualTo(own);
    }

    static HandoutContent inCountry(HandoutContent content, DateRegion region) {
        return new HandoutContent(
                content.letterhead(),
                content.clientName(),
                content.therapistName(),
                content.sessionDate(),
                content.points(),
                content.muscles(),
                content.heat(),
                content.precautions(),
                content.personalNote(),
                content.nextAppointment(),
                content.preview(),
                content.noteId(),
                content.fixedAt(),
                content.traumaNotBefore(),
                region);
    }
}
