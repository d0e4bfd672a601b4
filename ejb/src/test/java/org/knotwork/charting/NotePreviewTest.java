package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;

class NotePreviewTest {

    final Client client = TreatmentNoteTest.client();
    final TriggerPoint trapezius = BodyMapFixtures.activePoint(
            client, BodyMapFixtures.UPPER_TRAPEZIUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);
    final TriggerPoint infraspinatus = BodyMapFixtures.activePoint(
            client, BodyMapFixtures.INFRASPINATUS, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW);

    @Test
    void eachDeviationIsPlacedOnThePointAndEpisodeTheTherapistTyped() {
        SessionRecord session = TreatmentNoteTest.session(
                Map.of(),
                new TreatedPoint(trapezius, null, null, null, List.of(TreatmentNoteTest.compression(2))),
                new TreatedPoint(
                        infraspinatus,
                        null,
                        null,
                        null,
                        List.of(
                                TreatmentNoteTest.compression(2),
                                TreatmentNoteTest.stretch(true),
                                TreatmentNoteTest.heat(14))));
        TreatmentNote unsaved =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        unsaved.record(TreatmentNoteTest.AUTHOR, session, TreatmentNoteTest.PRACTICE, TreatmentNoteTest.NOW);

        NotePreview preview = NotePreview.of(unsaved, session);

        assertThat(preview.deviations())
                .extracting(f -> f.key() + " at " + f.pointIndex() + "/" + f.episodeIndex())
                .containsExactly("3:FORCED_STRETCH at 1/1", "4:HEAT_OUT_OF_RANGE at 1/2");
        assertThat(preview.deviations())
                .allSatisfy(f -> assertThat(f.triggerPointId()).isEqualTo(infraspinatus.id()));
    }

    @Test
    void aCompressionWithoutTheClientsDiscomfortIsPlacedAsStillToRecord() {
        SessionRecord session = TreatmentNoteTest.session(
                Map.of(),
                new TreatedPoint(trapezius, null, null, null, List.of(TreatmentNoteTest.compression(2))),
                new TreatedPoint(
                        infraspinatus,
                        null,
                        null,
                        null,
                        List.of(
                                new CompressionEpisode(3, null, 45, 3, null, ReleaseReason.TISSUE_RELEASED),
                                TreatmentNoteTest.stretch(false))));
        TreatmentNote unsaved =
                TreatmentNote.open(client, TreatmentNoteTest.AUTHOR, TreatmentNoteTest.NOW, TreatmentNoteTest.NOW);
        unsaved.record(TreatmentNoteTest.AUTHOR, session, TreatmentNoteTest.PRACTICE, TreatmentNoteTest.NOW);

        NotePreview preview = NotePreview.of(unsaved, session);

        assertThat(preview.discomfortToRecord()).containsExactly(new NotePreview.Place(1, 0));
        assertThat(preview.deviations()).isEmpty();
    }
}
