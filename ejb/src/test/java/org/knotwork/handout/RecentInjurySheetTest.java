package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.handout.HandoutFixtures.SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;

/**
 * A sheet issued while the injury is under 72 hours old keeps heat and pressure off it and says the first day they
 * may be thought of again; one issued after gives them; an undated injury stays recent, as before.
 */
class RecentInjurySheetTest {

    static final LocalDate INJURED = LocalDate.of(2026, 3, 1); // the session is 2 March, 10:00 UTC
    static final Map<Contraindication, Set<Region>> SHOULDER =
            Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER));

    static Client injured(LocalDate on, LocalTime at) {
        return Client.register(
                ClientFixtures.injured("Zoë", "O'Brien", Set.of(Contraindication.RECENT_TRAUMA), on, at),
                SESSION,
                ZoneOffset.UTC);
    }

    static HandoutContent issuedAt(Client client, ZoneId clinic, Instant issued) {
        TreatmentNote note = HandoutFixtures.typicalNote(client, HomeCare.NONE);
        IssuePrecautions precautions = IssuePrecautions.of(client, SHOULDER, clinic, issued);
        HandoutFacts usual = HandoutFixtures.facts(note, SHOULDER);
        return new HandoutComposer(clinic)
                .compose(
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                usual.letterhead(),
                                usual.clientName(),
                                usual.therapistName(),
                                precautions.codes(),
                                precautions.sites(),
                                usual.texts(),
                                usual.stretches(),
                                usual.frontOrBack(),
                                usual.fixedAt(),
                                precautions.traumaNotBefore(),
                                null));
    }

    static String english(HandoutContent content) {
        return HandoutFixtures.text(HandoutRenderer.render(content, PaperSize.A4));
    }

    @Test
    void underSeventyTwoHoursAtIssueNoHeatNoPressureOverTheSiteAndNotBeforeTheFirstDayPastIt() {
        // Injured on 1 March, time unknown: recent until the end of 4 March; not before 5 March.
        HandoutContent content = issuedAt(injured(INJURED, null), ZoneOffset.UTC, SESSION);

        assertThat(content.precautions()).contains(Contraindication.RECENT_TRAUMA);
        assertThat(content.traumaNotBefore()).isEqualTo(LocalDate.of(2026, 3, 5));
        String text = english(content);
        assertThat(text)
                .contains(HandoutDocumentTest.says("safety.RECENT_TRAUMA.notBefore", "March 5, 2026"))
                .contains(HandoutDocumentTest.says("heat.none"))
                .contains(HandoutDocumentTest.says("rule.trauma.pressure"))
                .doesNotContain(HandoutDocumentTest.says("heat.wrap"));
    }

    @Test
    void theSpanishSheetSaysTheSameDayInItsOwnWords() {
        HandoutContent content = issuedAt(injured(INJURED, null), ZoneOffset.UTC, SESSION);

        String spanish = HandoutFixtures.text(
                HandoutRenderer.render(content, new SheetFormat(PaperSize.A4, PrintSize.STANDARD, HandoutLanguage.ES)));

        assertThat(spanish).contains("antes del 5 de marzo de 2026");
    }

    @Test
    void pastSeventyTwoHoursAtIssueTheSheetGivesHeatAndPressureAgain() {
        HandoutContent content =
                issuedAt(injured(INJURED, null), ZoneOffset.UTC, Instant.parse("2026-03-05T00:00:01Z"));

        assertThat(content.precautions()).doesNotContain(Contraindication.RECENT_TRAUMA);
        assertThat(content.traumaNotBefore()).isNull();
        assertThat(english(content))
                .contains(HandoutDocumentTest.says("heat.wrap"))
                .doesNotContain(HandoutDocumentTest.says("safety.RECENT_TRAUMA"))
                .doesNotContain(HandoutDocumentTest.says("rule.trauma.pressure"));
    }

    @Test
    void onTheSeventySecondHourItIsStillRecentByTheClinicsClock() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        // Injured 1 March 21:00 in Sydney (10:00 UTC): the 72nd hour is 4 March, 10:00 UTC.
        Client client = injured(INJURED, LocalTime.of(21, 0));

        assertThat(issuedAt(client, sydney, Instant.parse("2026-03-04T10:00:00Z"))
                        .precautions())
                .contains(Contraindication.RECENT_TRAUMA);
        assertThat(issuedAt(client, sydney, Instant.parse("2026-03-04T10:00:01Z"))
                        .precautions())
                .doesNotContain(Contraindication.RECENT_TRAUMA);
    }

    @Test
    void anUndatedInjuryStaysRecentAndSaysUntilItHasHealed() {
        HandoutContent content = issuedAt(injured(null, null), ZoneOffset.UTC, Instant.parse("2027-03-01T00:00:00Z"));

        assertThat(content.traumaNotBefore()).isNull();
        assertThat(english(content))
                .contains(HandoutDocumentTest.says("safety.RECENT_TRAUMA"))
                .contains(HandoutDocumentTest.says("heat.none"));
    }
}
