package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;

class TreatmentNoteTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID AUTHOR = UUID.randomUUID();
    static final ProtocolPolicy PRACTICE = new ProtocolPolicy(3, Set.of());

    final Client client = client();
    final TriggerPoint trapezius = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, AUTHOR, NOW);
    final TriggerPoint infraspinatus = BodyMapFixtures.activePoint(client, BodyMapFixtures.INFRASPINATUS, AUTHOR, NOW);

    static Client client(Contraindication... contraindications) {
        return Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of(contraindications)), NOW, ZoneOffset.UTC);
    }

    @Test
    void aSessionDatedBeforeTheClientWasBornIsRefusedAsATypo() {
        Client born1980 = Client.register(
                ClientFixtures.born("Ada", "Lovelace", LocalDate.of(1980, 1, 1), Set.of()), NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> TreatmentNote.open(born1980, AUTHOR, Instant.parse("0001-01-01T00:00:00Z"), NOW))
                .hasMessageContaining("before the client's date of birth");
        assertThatThrownBy(() -> TreatmentNote.open(born1980, AUTHOR, Instant.parse("1979-06-01T00:00:00Z"), NOW))
                .hasMessageContaining("before the client's date of birth");
        assertThat(TreatmentNote.open(born1980, AUTHOR, Instant.parse("1980-01-01T08:00:00Z"), NOW)
                        .sessionAt())
                .as("a session on the birth date itself, in any zone")
                .isEqualTo(Instant.parse("1980-01-01T08:00:00Z"));
        assertThatThrownBy(() -> TreatmentNote.open(client, AUTHOR, Instant.parse("1899-12-01T00:00:00Z"), NOW))
                .as("no date of birth recorded: not before 1900, the earliest a birth date may be")
                .hasMessageContaining("before the client's date of birth");
    }

    static CompressionEpisode compression(int discomfort) {
        return new CompressionEpisode(4, null, 60, 2, discomfort, ReleaseReason.TISSUE_RELEASED);
    }

    static StretchEpisode stretch(boolean forced) {
        return new StretchEpisode("Ear to shoulder, slow", 30, 3, true, forced);
    }

    static HeatEpisode heat(int minutes) {
        return new HeatEpisode(HeatModality.WHEAT_BAG, minutes, true);
    }

    TreatmentNote noteWith(ProtocolPolicy policy, TreatedPoint... points) {
        TreatmentNote note = TreatmentNote.open(client, AUTHOR, NOW, NOW);
        note.record(AUTHOR, session(Map.of(), points), policy, NOW);
        return note;
    }

    static SessionRecord session(Map<String, String> reasons, TreatedPoint... points) {
        return SessionBuilder.session("Neck pain", 6, List.of(points), "Improving", "Weekly", 3, reasons)
                .build();
    }

    TreatedPoint on(TriggerPoint point, Episode... episodes) {
        return new TreatedPoint(point, 250.0, 310.0, null, List.of(episodes));
    }

    List<DeviationType> deviationsOf(TreatmentNote note) {
        return note.deviations().stream().map(Deviation::type).toList();
    }

    @Test
    void theProtocolDoneRightShowsNoDeviation() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(2), stretch(false), heat(8)));

        assertThat(note.deviations()).isEmpty();
        assertThat(note.episodes()).extracting(Episode::seq).containsExactly(1, 2, 3);
        assertThat(note.measurements())
                .singleElement()
                .satisfies(m -> assertThat(m.pptAfterKpa()).isEqualTo(310.0));
    }

    @Test
    void compressionAboveThePainThresholdIsFlagged() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(4), stretch(false), heat(8)));

        assertThat(deviationsOf(note)).containsExactly(DeviationType.PAINFUL_COMPRESSION);
        assertThat(note.deviations().get(0).explanation())
                .startsWith("Compression was painful (Upper trapezius, right): discomfort 4/10")
                .contains("limit of 3/10");
    }

    @Test
    void discomfortAtTheThresholdIsStillPainFreeEnough() {
        assertThat(noteWith(PRACTICE, on(trapezius, compression(3), stretch(false), heat(8)))
                        .deviations())
                .isEmpty();
    }

    @Test
    void thePracticesOwnThresholdApplies() {
        ProtocolPolicy strict = new ProtocolPolicy(1, Set.of());

        assertThat(deviationsOf(noteWith(strict, on(trapezius, compression(2), stretch(false), heat(8)))))
                .containsExactly(DeviationType.PAINFUL_COMPRESSION);
    }

    @Test
    void aForcedStretchIsFlagged() {
        assertThat(deviationsOf(noteWith(PRACTICE, on(trapezius, compression(1), stretch(true), heat(8)))))
                .containsExactly(DeviationType.FORCED_STRETCH);
    }

    @Test
    void heatOverTenOrUnderFiveMinutesIsFlagged() {
        assertThat(deviationsOf(noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(12)))))
                .containsExactly(DeviationType.HEAT_OUT_OF_RANGE);
        assertThat(deviationsOf(noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(4)))))
                .containsExactly(DeviationType.HEAT_OUT_OF_RANGE);
        assertThat(noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(5)))
                        .deviations())
                .isEmpty();
        assertThat(noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(10)))
                        .deviations())
                .isEmpty();
    }

    @Test
    void heatBeforeTheStretchIsFlaggedOnThatPointOnly() {
        TreatmentNote note = noteWith(
                PRACTICE,
                on(trapezius, compression(1), heat(8), stretch(false)),
                on(infraspinatus, compression(1), stretch(false), heat(8)));

        assertThat(deviationsOf(note)).containsExactly(DeviationType.HEAT_BEFORE_STRETCH);
        assertThat(note.deviations().get(0).triggerPoint()).isSameAs(trapezius);
        assertThat(note.deviations().get(0).episodeSeq()).isEqualTo(2);
    }

    @Test
    void heatWithoutAnyStretchIsFlagged() {
        assertThat(deviationsOf(noteWith(PRACTICE, on(trapezius, compression(1), heat(8)))))
                .containsExactly(DeviationType.HEAT_WITHOUT_STRETCH);
    }

    @Test
    void heatOnAClientWithImpairedSensationIsFlagged() {
        ProtocolPolicy neuropathy = new ProtocolPolicy(3, Set.of(Contraindication.DIABETIC_NEUROPATHY));

        assertThat(deviationsOf(noteWith(neuropathy, on(trapezius, compression(1), stretch(false), heat(8)))))
                .containsExactly(DeviationType.HEAT_WITH_IMPAIRED_SENSATION);
    }

    @Test
    void firmCompressionOnAClientTakingAnticoagulantsIsFlagged() {
        ProtocolPolicy warfarin = new ProtocolPolicy(3, Set.of(Contraindication.ANTICOAGULANTS));
        CompressionEpisode firm = new CompressionEpisode(6, null, 60, 1, 2, ReleaseReason.HOLD_TIME_REACHED);
        CompressionEpisode firmByAlgometer =
                new CompressionEpisode(null, 320.0, 60, 1, 2, ReleaseReason.HOLD_TIME_REACHED);
        CompressionEpisode gentle = new CompressionEpisode(3, 150.0, 60, 1, 2, ReleaseReason.HOLD_TIME_REACHED);

        assertThat(deviationsOf(noteWith(warfarin, on(trapezius, firm, stretch(false), heat(8)))))
                .containsExactly(DeviationType.FIRM_COMPRESSION_ON_ANTICOAGULANTS);
        assertThat(deviationsOf(noteWith(warfarin, on(trapezius, firmByAlgometer, stretch(false), heat(8)))))
                .containsExactly(DeviationType.FIRM_COMPRESSION_ON_ANTICOAGULANTS);
        assertThat(noteWith(warfarin, on(trapezius, gentle, stretch(false), heat(8)))
                        .deviations())
                .isEmpty();
        assertThat(noteWith(PRACTICE, on(trapezius, firm, stretch(false), heat(8)))
                        .deviations())
                .isEmpty();
    }

    @Test
    void aDeviationDoesNotStopSavingButSigningNeedsItsReason() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(5), stretch(false), heat(8)));
        assertThat(note.deviations())
                .singleElement()
                .satisfies(d -> assertThat(d.isExplained()).isFalse());

        assertThatThrownBy(() -> note.sign(AUTHOR, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reason for each protocol deviation");

        String key = note.deviations().get(0).key();
        note.record(
                AUTHOR,
                session(Map.of(key, "Client asked for firmer pressure"), on(trapezius, compression(5), stretch(false))),
                PRACTICE,
                NOW);
        note.sign(AUTHOR, NOW.plusSeconds(60));

        assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(note.deviations().get(0).reason()).isEqualTo("Client asked for firmer pressure");
    }

    @Test
    void aSignedNoteCannotBeEditedOrSignedAgain() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));
        note.sign(AUTHOR, NOW);

        assertThatThrownBy(() -> note.record(AUTHOR, session(Map.of()), PRACTICE, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("signed");
        assertThatThrownBy(() -> note.sign(AUTHOR, NOW)).isInstanceOf(ConflictException.class);
        assertThat(note.episodes()).hasSize(3);
    }

    @Test
    void signingMovesTheTreatedPointsToTheStatusTheSessionLeftThemIn() {
        TreatmentNote note = TreatmentNote.open(client, AUTHOR, NOW, NOW);
        TreatedPoint deactivated = new TreatedPoint(
                trapezius, 250.0, 320.0, PointStatus.LATENT, List.of(compression(1), stretch(false), heat(8)));
        note.record(AUTHOR, session(Map.of(), deactivated), PRACTICE, NOW);
        assertThat(trapezius.status()).as("a draft leaves the chart alone").isEqualTo(PointStatus.ACTIVE);

        note.sign(AUTHOR, NOW.plusSeconds(60));

        assertThat(trapezius.status()).isEqualTo(PointStatus.LATENT);
        assertThat(trapezius.history())
                .last()
                .satisfies(change -> assertThat(change.isDeactivation()).isTrue());
        assertThat(infraspinatus.history()).hasSize(1);
    }

    @Test
    void onlyTheAuthorEditsSignsAndAmends() {
        UUID colleague = UUID.randomUUID();
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));

        assertThatThrownBy(() -> note.record(colleague, session(Map.of()), PRACTICE, NOW))
                .hasMessage("Only the note's author can edit a draft.");
        assertThatThrownBy(() -> note.sign(colleague, NOW)).hasMessage("Only the note's author can sign it.");
        note.sign(AUTHOR, NOW);
        assertThatThrownBy(() -> note.amend(colleague, NOW, "typo", "PPT after was 320"))
                .hasMessage("Only the note's author can amend it.");
    }

    @Test
    void onlyItsAuthorDiscardsADraftAndASignedNoteIsNeverDiscarded() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));

        assertThatThrownBy(() -> note.requireDiscardableBy(UUID.randomUUID()))
                .hasMessage("Only the note's author can discard a draft.");
        note.requireDiscardableBy(AUTHOR);
        note.sign(AUTHOR, NOW);
        assertThatThrownBy(() -> note.requireDiscardableBy(AUTHOR))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("never deleted");
    }

    @Test
    void aSignedNoteIsCorrectedByADatedAmendment() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));
        assertThatThrownBy(() -> note.amend(AUTHOR, NOW, "typo", "text")).hasMessageContaining("draft");
        note.sign(AUTHOR, NOW);
        Instant later = NOW.plusSeconds(3600);

        Amendment amendment = note.amend(AUTHOR, later, "Wrong side recorded", "The point was on the left.");

        assertThat(note.amendments()).containsExactly(amendment);
        assertThat(amendment.amendedAt()).isEqualTo(later);
        assertThat(note.complaint()).isEqualTo("Neck pain");
        assertThatThrownBy(() -> note.amend(AUTHOR, later, " ", "text")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSameAmendmentSentTwiceWithinSecondsIsAddedOnce() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));
        note.sign(AUTHOR, NOW);
        Instant later = NOW.plusSeconds(3600);
        note.amend(AUTHOR, later, "Wrong side recorded", "The point was on the left.");

        assertThatThrownBy(() ->
                        note.amend(AUTHOR, later.plusSeconds(2), "Wrong side recorded", "The point was on the left."))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This amendment was added a moment ago; it is not added twice.");
        note.amend(AUTHOR, later.plusSeconds(2), "Wrong side recorded", "The point was on the left side.");
        note.amend(AUTHOR, later.plusSeconds(60), "Wrong side recorded", "The point was on the left.");
        assertThat(note.amendments()).hasSize(3);
    }

    @Test
    void onlyThisClientsPointsOnceEach() {
        TriggerPoint someoneElses = BodyMapFixtures.activePoint(client(), BodyMapFixtures.INFRASPINATUS, AUTHOR, NOW);

        assertThatThrownBy(() -> noteWith(PRACTICE, on(someoneElses, compression(1))))
                .hasMessageContaining("this client's body map");
        assertThatThrownBy(() -> noteWith(PRACTICE, on(trapezius, compression(1)), on(trapezius, stretch(false))))
                .hasMessageContaining("once");
    }

    @Test
    void dosagesOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new CompressionEpisode(4, null, 60, 2, 11, null))
                .hasMessage("Discomfort must be between 0 and 10.");
        assertThatThrownBy(() -> new CompressionEpisode(null, null, 60, 2, 1, null))
                .hasMessageContaining("Give the pressure");
        assertThatThrownBy(() -> new HeatEpisode(HeatModality.HEAT_PACK, 0, true))
                .hasMessage("Heat time must be between 1 and 60.");
        assertThatThrownBy(() -> new StretchEpisode(" ", 30, 1, true, false)).hasMessageContaining("Name the stretch");
        assertThatThrownBy(() -> TreatmentNote.open(client, AUTHOR, NOW, NOW)
                        .record(
                                AUTHOR,
                                SessionBuilder.session(null, 11, List.of(), null, null, null, Map.of())
                                        .build(),
                                PRACTICE,
                                NOW))
                .hasMessageContaining("0 (none) to 10");
    }

    @Test
    void aReasonOfInvisibleCharactersExplainsNothing() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(5), stretch(false), heat(8)));
        String key = note.deviations().get(0).key();
        note.record(
                AUTHOR,
                session(Map.of(key, "\u200b\ufeff"), on(trapezius, compression(5), stretch(false), heat(8))),
                PRACTICE,
                NOW);

        assertThat(note.deviations().get(0).isExplained()).isFalse();
        assertThatThrownBy(() -> note.sign(AUTHOR, NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("reasons"));
    }

    @Test
    void anAmendmentOfInvisibleCharactersIsRefusedNamingTheField() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(1), stretch(false), heat(8)));
        note.sign(AUTHOR, NOW);

        assertThatThrownBy(() -> note.amend(AUTHOR, NOW, "\u200b", "The point was on the left."))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> note.amend(AUTHOR, NOW, "Wrong side recorded", "\u200b\u202e"))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("text"));
        assertThat(note.amendments()).isEmpty();
    }

    @Test
    void aReasonForADeviationTheSessionDoesNotShowIsRefused() {
        TreatmentNote note = noteWith(PRACTICE, on(trapezius, compression(5), stretch(false), heat(8)));
        String key = note.deviations().get(0).key();

        note.requireReasonsForItsDeviations(Map.of(key, "Client asked for firmer pressure"), Map.of());
        assertThatThrownBy(() -> note.requireReasonsForItsDeviations(Map.of("9:NOT_A_DEVIATION", "because"), Map.of()))
                .satisfies(
                        e -> assertThat(((RuleViolationException) e).field()).isEqualTo("reasons.9:NOT_A_DEVIATION"));
        assertThatThrownBy(() -> note.requireReasonsForItsDeviations(Map.of("2:PAINFUL_COMPRESSION", "x"), Map.of()))
                .isInstanceOf(RuleViolationException.class);
        note.requireReasonsForItsDeviations(
                Map.of("2:PAINFUL_COMPRESSION", "held before"), Map.of("2:PAINFUL_COMPRESSION", "held before"));
    }

    @Test
    void aPointWithNothingRecordedCannotBeSignedButOneAssessedAndNotTreatedCan() {
        TreatmentNote empty = noteWith(
                PRACTICE,
                on(trapezius, compression(1), stretch(false), heat(8)),
                new TreatedPoint(infraspinatus, null, null, null, List.of()));
        assertThatThrownBy(() -> empty.sign(AUTHOR, NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("points"));
        assertThatThrownBy(() -> empty.sign(AUTHOR, NOW))
                .hasMessageContaining("Nothing is recorded for the point on the");

        TreatmentNote assessed = noteWith(PRACTICE, new TreatedPoint(infraspinatus, 250.0, null, null, List.of()));
        assessed.sign(AUTHOR, NOW);
        assertThat(assessed.status()).isEqualTo(NoteStatus.SIGNED);
    }
}
