package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.safety.DeviationType;

/** The doses of the protocol, each bound pinned on both sides. */
class DoseBoundsTest {

    final Client client = TreatmentNoteTest.client();
    final TriggerPoint point = BodyMapFixtures.activePoint(
            client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);

    List<Deviation> deviations(Episode... episodes) {
        TreatmentNote note =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        note.record(
                TreatmentNoteTest.AUTHOR,
                TreatmentNoteTest.session(Map.of(), new TreatedPoint(point, null, null, null, List.of(episodes))),
                TreatmentNoteTest.PRACTICE,
                TreatmentNoteTest.NOW);
        return note.deviations();
    }

    Set<DeviationType> types(Episode... episodes) {
        return Set.copyOf(deviations(episodes).stream().map(Deviation::type).toList());
    }

    static CompressionEpisode compression(int holdSeconds, int repetitions) {
        return new CompressionEpisode(3, null, holdSeconds, repetitions, 1, ReleaseReason.TISSUE_RELEASED);
    }

    static StretchEpisode stretch(int holdSeconds, int repetitions) {
        return new StretchEpisode("Ear to shoulder", holdSeconds, repetitions, true, false);
    }

    static HeatEpisode heat(int minutes, boolean skinChecked) {
        return new HeatEpisode(HeatModality.HEAT_PACK, minutes, skinChecked);
    }

    @Test
    void compressionHeldUpToTwoMinutesIsWithinTheProtocolAndLongerIsFlagged() {
        assertThat(types(compression(120, 2), stretch(30, 3), heat(8, true))).isEmpty();
        assertThat(types(compression(121, 2), stretch(30, 3), heat(8, true)))
                .containsExactly(DeviationType.COMPRESSION_DOSE_TOO_HIGH);
    }

    @Test
    void upToFiveCompressionsAreWithinTheProtocolAndSixAreFlagged() {
        assertThat(types(compression(60, 5), stretch(30, 3), heat(8, true))).isEmpty();
        assertThat(types(compression(60, 6), stretch(30, 3), heat(8, true)))
                .containsExactly(DeviationType.COMPRESSION_DOSE_TOO_HIGH);
    }

    @Test
    void tenMinutesOfCompressionTwentyTimesIsOneDeviationSayingBoth() {
        assertThat(deviations(compression(600, 20), stretch(30, 3), heat(8, true)))
                .singleElement()
                .satisfies(d -> assertThat(d.explanation())
                        .contains("held 600 s (more than 120 s) and 20 repetitions (more than 5)"));
    }

    @Test
    void aStretchIsHeldTenToNinetySeconds() {
        assertThat(types(compression(60, 2), stretch(10, 3), heat(8, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(90, 3), heat(8, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(9, 3), heat(8, true)))
                .containsExactly(DeviationType.STRETCH_DOSE_OUT_OF_RANGE);
        assertThat(types(compression(60, 2), stretch(91, 3), heat(8, true)))
                .containsExactly(DeviationType.STRETCH_DOSE_OUT_OF_RANGE);
    }

    @Test
    void aStretchIsDoneAtMostFiveTimes() {
        assertThat(types(compression(60, 2), stretch(30, 1), heat(8, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(30, 5), heat(8, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(30, 6), heat(8, true)))
                .containsExactly(DeviationType.STRETCH_DOSE_OUT_OF_RANGE);
    }

    @Test
    void heatRunsFiveToTenMinutes() {
        assertThat(types(compression(60, 2), stretch(30, 3), heat(5, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(30, 3), heat(10, true))).isEmpty();
        assertThat(types(compression(60, 2), stretch(30, 3), heat(4, true)))
                .containsExactly(DeviationType.HEAT_OUT_OF_RANGE);
        assertThat(types(compression(60, 2), stretch(30, 3), heat(11, true)))
                .containsExactly(DeviationType.HEAT_OUT_OF_RANGE);
    }

    @Test
    void heatWithoutASkinCheckIsFlagged() {
        assertThat(types(compression(60, 2), stretch(30, 3), heat(8, false)))
                .containsExactly(DeviationType.HEAT_WITHOUT_SKIN_CHECK);
    }

    @Test
    void aForcedStretchIsFlagged() {
        assertThat(types(compression(60, 2), new StretchEpisode("Ear to shoulder", 30, 3, true, true), heat(8, true)))
                .containsExactly(DeviationType.FORCED_STRETCH);
    }

    @Test
    void compressionRepetitionsAddUpOverThePointsEpisodesInTheSession() {
        assertThat(types(compression(60, 3), stretch(30, 3), compression(60, 2), stretch(30, 3), heat(8, true)))
                .as("5 repetitions in all")
                .isEmpty();
        List<Deviation> fifteen = deviations(
                compression(60, 5),
                stretch(30, 3),
                compression(60, 5),
                stretch(30, 3),
                compression(60, 5),
                stretch(30, 3),
                heat(8, true));
        assertThat(fifteen).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DeviationType.COMPRESSION_DOSE_TOO_HIGH);
            assertThat(d.key()).as("on the episode that took it over 5").isEqualTo("3:COMPRESSION_DOSE_TOO_HIGH");
            assertThat(d.explanation())
                    .contains(
                            "15 repetitions of compression on this point in the session, over 3 episodes (more than 5");
        });
        assertThat(deviations(compression(60, 6), stretch(30, 3), compression(60, 2), stretch(30, 3), heat(8, true)))
                .as("an episode over on its own is flagged once, not again for the total")
                .extracting(Deviation::key)
                .containsExactly("1:COMPRESSION_DOSE_TOO_HIGH");
    }

    @Test
    void heatMinutesAddUpOverThePointsEpisodesInTheSession() {
        assertThat(types(compression(60, 2), stretch(30, 3), heat(5, true), heat(5, true)))
                .as("10 minutes in all")
                .isEmpty();
        assertThat(deviations(compression(60, 2), stretch(30, 3), heat(8, true), heat(8, true)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.key()).isEqualTo("4:HEAT_OUT_OF_RANGE");
                    assertThat(d.explanation()).contains("16 minutes of heat on this point in the session");
                });
    }
}
