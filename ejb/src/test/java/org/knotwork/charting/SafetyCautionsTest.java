package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;

/**
 * The contraindication rules in the detail a therapist meets them: a recorded site, a site checked and spared, the
 * firm-pressure bound on both sides, the client's position, a fever, and the medical clearance that stands in for a
 * reason.
 */
class SafetyCautionsTest {

    static final LocalDate SESSION_DAY = LocalDate.of(2026, 5, 4);

    Client client;
    TriggerPoint shoulder;
    TriggerPoint upperBack;
    TriggerPoint calf;

    void clientWith(Contraindication... conditions) {
        client = TreatmentNoteTest.client(conditions);
        shoulder = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        upperBack = BodyMapFixtures.activePoint(
                client,
                BodyMapFixtures.muscle("RHOMBOIDS", "Rhomboids", Region.UPPER_BACK),
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.NOW);
        calf = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.GASTROCNEMIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
    }

    static List<Episode> fullTreatment(CompressionEpisode compression) {
        return List.of(compression, TreatmentNoteTest.stretch(false), TreatmentNoteTest.heat(8));
    }

    static CompressionEpisode gentle() {
        return new CompressionEpisode(3, null, 60, 2, 1, ReleaseReason.TISSUE_RELEASED);
    }

    static TreatedPoint at(TriggerPoint point, BodyPosition position, boolean siteAvoided, Episode... episodes) {
        return new TreatedPoint(point, null, null, null, List.of(episodes), position, siteAvoided, null);
    }

    TreatmentNote record(ProtocolPolicy policy, List<MedicalClearance> clearances, TreatedPoint... points) {
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                SessionBuilder.session("Neck", 5, List.of(points), null, null, 3, Map.of())
                        .clearances(clearances)
                        .build(),
                policy,
                TreatmentNoteTest.NOW);
        return note;
    }

    static ProtocolPolicy policy(Set<Contraindication> conditions, Map<Contraindication, Set<Region>> sites) {
        return new ProtocolPolicy(3, conditions, sites);
    }

    @Test
    void aRecentInjuryAtARecordedSiteFlagsOnlyPointsThere() {
        clientWith(Contraindication.RECENT_TRAUMA);
        ProtocolPolicy injuredShoulder = policy(
                Set.of(Contraindication.RECENT_TRAUMA),
                Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER)));

        TreatmentNote note = record(
                injuredShoulder,
                List.of(),
                new TreatedPoint(shoulder, null, null, null, fullTreatment(gentle())),
                new TreatedPoint(upperBack, null, null, null, fullTreatment(gentle())));

        assertThat(note.deviations()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DeviationType.TREATED_AT_INJURY_SITE);
            assertThat(d.triggerPoint()).isSameAs(shoulder);
            assertThat(d.episodeSeq())
                    .as("once per point, on its first episode")
                    .isEqualTo(1);
            assertThat(d.explanation())
                    .contains("compression at 3/10; the client's record: Recent trauma (< 72 h), at the shoulder");
        });
    }

    /** A session at {@code sessionAt} treating the shoulder of a client injured there on the day and time given. */
    List<DeviationType> sessionAfterInjury(LocalDate injuredOn, LocalTime injuredAt, ZoneId clinic, Instant sessionAt) {
        client = Client.register(
                ClientFixtures.injured("Ada", "Lovelace", Set.of(Contraindication.RECENT_TRAUMA), injuredOn, injuredAt),
                TreatmentNoteTest.NOW,
                clinic);
        TriggerPoint injured = BodyMapFixtures.activePoint(
                client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
        ProtocolPolicy policy =
                ProtocolPolicy.of(3, client, Map.of(Contraindication.RECENT_TRAUMA, Set.of(Region.SHOULDER)), clinic);
        TreatmentNote note = TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, sessionAt, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                SessionBuilder.session(
                                "Neck",
                                5,
                                List.of(new TreatedPoint(injured, null, null, null, fullTreatment(gentle()))),
                                null,
                                null,
                                3,
                                Map.of())
                        .build(),
                policy,
                TreatmentNoteTest.NOW);
        return note.deviations().stream().map(Deviation::type).toList();
    }

    @Test
    void anInjuryIsFlaggedUpToItsSeventySecondHourAndNotAfter() {
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate injured = LocalDate.of(2026, 4, 30); // 09:00 on 30 April in London is 08:00 UTC
        Instant seventyTwoHoursLater = Instant.parse("2026-05-03T08:00:00Z");

        assertThat(sessionAfterInjury(injured, LocalTime.of(9, 0), london, seventyTwoHoursLater))
                .as("on the boundary: still recent")
                .containsExactly(DeviationType.TREATED_AT_INJURY_SITE);
        assertThat(sessionAfterInjury(injured, LocalTime.of(9, 0), london, seventyTwoHoursLater.plusSeconds(60)))
                .isEmpty();
    }

    @Test
    void anInjuryIsDatedInTheClinicsTimeZoneAndAnUndatedOneIsAlwaysFlagged() {
        // Injured on 30 April, time unknown: recent until the end of 3 May in the clinic.
        Instant earlyOnFourthMay = Instant.parse("2026-05-03T15:00:00Z"); // 4 May 01:00 in Sydney, 3 May in London
        LocalDate injured = LocalDate.of(2026, 4, 30);

        assertThat(sessionAfterInjury(injured, null, ZoneId.of("Australia/Sydney"), earlyOnFourthMay))
                .isEmpty();
        assertThat(sessionAfterInjury(injured, null, ZoneId.of("Europe/London"), earlyOnFourthMay))
                .containsExactly(DeviationType.TREATED_AT_INJURY_SITE);
        assertThat(sessionAfterInjury(null, null, ZoneId.of("Australia/Sydney"), TreatmentNoteTest.NOW))
                .as("a trauma recorded without a date, as every one before V84")
                .containsExactly(DeviationType.TREATED_AT_INJURY_SITE);
    }

    @Test
    void aSiteCheckedAndNotTreatedOverIsNoDeviation() {
        clientWith(Contraindication.SKIN_LESION);
        ProtocolPolicy lesion = policy(Set.of(Contraindication.SKIN_LESION), Map.of());

        TreatmentNote note = record(
                lesion,
                List.of(),
                at(shoulder, null, true, fullTreatment(gentle()).toArray(Episode[]::new)),
                at(upperBack, null, false, fullTreatment(gentle()).toArray(Episode[]::new)));

        assertThat(note.deviations()).singleElement().satisfies(d -> {
            assertThat(d.triggerPoint()).isSameAs(upperBack);
            assertThat(d.explanation()).contains("no site recorded, so every point counts until one is");
        });
    }

    @Test
    void firmPressureStartsAtFiveTenthsOrTwoHundredNinetyFourKilopascals() {
        clientWith(Contraindication.ANTICOAGULANTS);
        ProtocolPolicy warfarin = policy(Set.of(Contraindication.ANTICOAGULANTS), Map.of());
        for (Object[] pressure :
                new Object[][] {{4, null, false}, {5, null, true}, {null, 293.0, false}, {null, 294.0, true}}) {
            CompressionEpisode compression = new CompressionEpisode(
                    (Integer) pressure[0], (Double) pressure[1], 60, 2, 1, ReleaseReason.TISSUE_RELEASED);
            TreatmentNote note = record(
                    warfarin, List.of(), new TreatedPoint(shoulder, null, null, null, fullTreatment(compression)));
            assertThat(!note.deviations().isEmpty())
                    .as("pressure %s/10, %s kPa", pressure[0], pressure[1])
                    .isEqualTo(pressure[2]);
        }
    }

    @Test
    void twoFirmCompressionsOnOnePointNeedOneReason() {
        clientWith(Contraindication.OSTEOPOROSIS);
        CompressionEpisode firm = new CompressionEpisode(6, null, 60, 2, 1, ReleaseReason.TISSUE_RELEASED);
        TreatmentNote note = record(
                policy(Set.of(Contraindication.OSTEOPOROSIS), Map.of()),
                List.of(),
                new TreatedPoint(
                        shoulder,
                        null,
                        null,
                        null,
                        List.of(
                                firm,
                                TreatmentNoteTest.stretch(false),
                                new CompressionEpisode(7, null, 60, 2, 1, null),
                                TreatmentNoteTest.stretch(false))));

        assertThat(note.deviations())
                .extracting(Deviation::key)
                .containsExactly("1:FIRM_COMPRESSION_WITH_OSTEOPOROSIS");
    }

    @Test
    void onlyLyingFaceDownIsAPositionDeviationInPregnancy() {
        clientWith(Contraindication.PREGNANCY);
        ProtocolPolicy pregnant = policy(Set.of(Contraindication.PREGNANCY), Map.of());
        for (BodyPosition position : BodyPosition.values()) {
            TreatmentNote note = record(
                    pregnant,
                    List.of(),
                    at(shoulder, position, false, fullTreatment(gentle()).toArray(Episode[]::new)));
            assertThat(note.deviations().stream().map(Deviation::type))
                    .as(position.name())
                    .isEqualTo(
                            position == BodyPosition.PRONE ? List.of(DeviationType.FACE_DOWN_IN_PREGNANCY) : List.of());
        }
        assertThat(record(pregnant, List.of(), at(shoulder, BodyPosition.PRONE, false))
                        .deviations())
                .as("a point listed but not treated")
                .isEmpty();
    }

    @Test
    void aFeverFlagsTheSessionItselfWhenTreatmentIsGiven() {
        clientWith(Contraindication.FEVER);
        ProtocolPolicy fever = policy(Set.of(Contraindication.FEVER), Map.of());

        TreatmentNote treated = record(
                fever,
                List.of(),
                new TreatedPoint(shoulder, null, null, null, fullTreatment(gentle())),
                new TreatedPoint(upperBack, null, null, null, fullTreatment(gentle())));

        assertThat(treated.deviations()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("0:SESSION_DURING_FEVER");
            assertThat(d.triggerPoint()).isNull();
            assertThat(d.explanation())
                    .startsWith("Session during a fever or acute infection: treatment was given; the client's record:"
                            + " Fever or acute infection.")
                    .contains("the session is postponed");
        });
        assertThat(record(fever, List.of()).deviations())
                .as("a postponed session")
                .isEmpty();
    }

    @Test
    void legCompressionAfterAThrombosisIsSignedWithAMedicalClearance() {
        clientWith(Contraindication.DVT_HISTORY);
        ProtocolPolicy dvt = policy(Set.of(Contraindication.DVT_HISTORY), Map.of());
        TreatedPoint calfTreated = new TreatedPoint(calf, null, null, null, fullTreatment(gentle()));

        TreatmentNote uncleared = record(dvt, List.of(), calfTreated);
        assertThat(uncleared.deviations())
                .singleElement()
                .satisfies(d -> assertThat(d.type().needs()).isEqualTo(DeviationType.Needs.CLEARANCE));
        assertThatThrownBy(() -> uncleared.sign(TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW))
                .hasMessageContaining("or record the medical clearance it needs");

        TreatmentNote cleared = record(
                dvt,
                List.of(new MedicalClearance(Contraindication.DVT_HISTORY, " Dr A. Patel, GP ", SESSION_DAY)),
                calfTreated);
        cleared.sign(TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);

        assertThat(cleared.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(cleared.clearances()).singleElement().satisfies(c -> {
            assertThat(c.clearedBy()).isEqualTo("Dr A. Patel, GP");
            assertThat(c.clearedOn()).isEqualTo(SESSION_DAY);
        });
        assertThat(cleared.deviations().get(0).reason()).isNull();
    }

    @Test
    void aClearanceNamesAClearableConditionOfThisClientWhoGaveItAndADayNotAfterTheSession() {
        clientWith(Contraindication.DVT_HISTORY, Contraindication.PREGNANCY);
        ProtocolPolicy policy = policy(EnumSet.of(Contraindication.DVT_HISTORY, Contraindication.PREGNANCY), Map.of());

        assertThatThrownBy(() -> record(
                        policy, List.of(new MedicalClearance(Contraindication.PREGNANCY, "Midwife", SESSION_DAY))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("history of deep vein thrombosis or history of cancer");
        assertThatThrownBy(() -> record(
                        policy,
                        List.of(new MedicalClearance(Contraindication.CANCER_HISTORY, "Oncology", SESSION_DAY))))
                .hasMessage("The client's record has no history of cancer.");
        assertThatThrownBy(() ->
                        record(policy, List.of(new MedicalClearance(Contraindication.DVT_HISTORY, " ", SESSION_DAY))))
                .hasMessage("Say who gave the clearance.");
        assertThatThrownBy(() -> record(
                        policy,
                        List.of(new MedicalClearance(
                                Contraindication.DVT_HISTORY, "Dr Patel", SESSION_DAY.plusDays(2)))))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("clearances[0].clearedOn"));
        assertThatThrownBy(() -> record(
                        policy,
                        List.of(
                                new MedicalClearance(Contraindication.DVT_HISTORY, "Dr Patel", SESSION_DAY),
                                new MedicalClearance(Contraindication.DVT_HISTORY, "Dr Jones", SESSION_DAY))))
                .hasMessage("Record one clearance per contraindication.");
    }

    @Test
    void aClearanceByNoOneVisibleOrFromBefore1900IsRefusedNamingTheFieldNotDropped() {
        clientWith(Contraindication.DVT_HISTORY);
        ProtocolPolicy dvt = policy(Set.of(Contraindication.DVT_HISTORY), Map.of());
        TreatedPoint calfTreated = new TreatedPoint(calf, null, null, null, fullTreatment(gentle()));

        assertThatThrownBy(() -> record(
                        dvt,
                        List.of(new MedicalClearance(Contraindication.DVT_HISTORY, "\u200b", SESSION_DAY)),
                        calfTreated))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("clearances[0].clearedBy"));
        assertThatThrownBy(() -> record(
                        dvt,
                        List.of(new MedicalClearance(
                                Contraindication.DVT_HISTORY, "Dr Patel", java.time.LocalDate.of(1800, 1, 1))),
                        calfTreated))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("clearances[0].clearedOn"));
    }
}
