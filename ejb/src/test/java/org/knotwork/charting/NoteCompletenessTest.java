package org.knotwork.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.charting.TreatmentNoteTest.AUTHOR;
import static org.knotwork.charting.TreatmentNoteTest.NOW;
import static org.knotwork.charting.TreatmentNoteTest.PRACTICE;
import static org.knotwork.charting.TreatmentNoteTest.compression;
import static org.knotwork.charting.TreatmentNoteTest.heat;
import static org.knotwork.charting.TreatmentNoteTest.stretch;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyMapFixtures;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.client.Client;
import org.knotwork.platform.RuleViolationException;

/**
 * A signed note is a complete record of the session: the pain the client came in with, and the points treated or why
 * none was. A draft's session read back as input and saved again is the same session.
 */
class NoteCompletenessTest {

    final Client client = TreatmentNoteTest.client();
    final TriggerPoint trapezius = BodyMapFixtures.activePoint(client, BodyMapFixtures.UPPER_TRAPEZIUS, AUTHOR, NOW);

    TreatmentNote draft(SessionRecord session) {
        TreatmentNote note = TreatmentNote.open(client, AUTHOR, NOW, NOW);
        note.record(AUTHOR, session, PRACTICE, NOW);
        return note;
    }

    static SessionRecord session(Integer painBefore, List<TreatedPoint> points, String noPointsReason) {
        return new SessionRecord(
                null,
                painBefore,
                points,
                null,
                null,
                null,
                Map.of(),
                HomeCare.NONE,
                null,
                List.of(),
                noPointsReason,
                null);
    }

    TreatedPoint treated() {
        return new TreatedPoint(
                trapezius, 250.0, 300.0, PointStatus.LATENT, List.of(compression(2), stretch(false), heat(8)));
    }

    @Test
    void anEmptiedDraftCannotBeSigned() {
        TreatmentNote note = draft(session(null, List.of(), null));

        assertThatThrownBy(() -> note.sign(AUTHOR, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("painBefore"));
        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void aNoteWithoutATreatedPointNeedsTheReasonWhyToBeSigned() {
        TreatmentNote withoutReason = draft(session(6, List.of(), null));
        TreatmentNote withReason = draft(session(6, List.of(), "Fever on arrival: treatment postponed."));

        assertThatThrownBy(() -> withoutReason.sign(AUTHOR, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("points"));
        withReason.sign(AUTHOR, NOW);
        assertThat(withReason.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(withReason.noPointsReason()).isEqualTo("Fever on arrival: treatment postponed.");
    }

    @Test
    void aReasonForTreatingNoPointBesideTreatedPointsIsRefusedAtSigning() {
        TreatmentNote note = draft(session(6, List.of(treated()), "Nothing treated"));

        assertThatThrownBy(() -> note.sign(AUTHOR, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("noPointsReason"));
    }

    @Test
    void aDraftWaitsForTheClientsDiscomfortButSigningNeedsIt() {
        CompressionEpisode noDiscomfortYet =
                new CompressionEpisode(3, null, 45, 3, null, ReleaseReason.TISSUE_RELEASED);
        TreatmentNote note = draft(session(
                6,
                List.of(new TreatedPoint(
                        trapezius, null, null, null, List.of(noDiscomfortYet, stretch(false), heat(8)))),
                null));

        assertThat(note.deviations())
                .as("no discomfort recorded is no painful compression")
                .isEmpty();
        assertThatThrownBy(() -> note.sign(AUTHOR, NOW)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.field()).isEqualTo("points");
            assertThat(e.getMessage())
                    .isEqualTo("Compression on the upper trapezius (right): Record the client's discomfort"
                            + " (0 to 10) before signing.");
        });
        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void aCompleteNoteIsSigned() {
        TreatmentNote note = draft(session(6, List.of(treated()), null));

        note.sign(AUTHOR, NOW);

        assertThat(note.status()).isEqualTo(NoteStatus.SIGNED);
    }

    @Test
    void aDraftsSessionReadBackAsInputSavesToTheSameSession() {
        TreatmentNote note = draft(new SessionRecord(
                "Neck",
                6,
                List.of(treated()),
                "Tender",
                "Weekly",
                3,
                Map.of(),
                new HomeCare("Screen up", null),
                null,
                List.of(),
                null,
                null));
        NoteInput asInput = SessionAsInput.of(note);

        note.record(
                AUTHOR,
                new SessionRecord(
                        asInput.complaint(),
                        asInput.painBefore(),
                        asInput.points().stream()
                                .map(p -> new TreatedPoint(
                                        trapezius, p.pptBeforeKpa(), p.pptAfterKpa(), p.statusAfter(), p.episodes()))
                                .toList(),
                        asInput.assessment(),
                        asInput.plan(),
                        asInput.painAfter(),
                        asInput.reasons(),
                        asInput.homeCare(),
                        asInput.complaintRegion(),
                        List.of(),
                        asInput.noPointsReason(),
                        asInput.sessionAt()),
                PRACTICE,
                NOW);

        assertThat(note.complaint()).isEqualTo("Neck");
        assertThat(note.homeCare().note()).isEqualTo("Screen up");
        assertThat(note.episodes()).hasSize(3).extracting(Episode::seq).containsExactly(1, 2, 3);
        assertThat(note.measurements())
                .singleElement()
                .satisfies(m -> assertThat(m.statusAfter()).isEqualTo(PointStatus.LATENT));
    }

    @Test
    void aDraftMovesToTheSessionTimeItIsSavedWith() {
        TreatmentNote note = draft(session(6, List.of(), null));

        note.record(
                AUTHOR,
                new SessionRecord(
                        null,
                        6,
                        List.of(),
                        null,
                        null,
                        null,
                        Map.of(),
                        HomeCare.NONE,
                        null,
                        List.of(),
                        null,
                        NOW.minusSeconds(3600)),
                PRACTICE,
                NOW);

        assertThat(note.sessionAt()).isEqualTo(NOW.minusSeconds(3600));
        assertThatThrownBy(() -> note.record(
                        AUTHOR,
                        new SessionRecord(
                                null,
                                6,
                                List.of(),
                                null,
                                null,
                                null,
                                Map.of(),
                                HomeCare.NONE,
                                null,
                                List.of(),
                                null,
                                NOW.plusSeconds(3 * 24 * 3600)),
                        PRACTICE,
                        NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("sessionAt"));
    }
}
