package org.knotwork.web.api.charting;

import java.util.List;
import java.util.UUID;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.NotePreview;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.DeviationType;
import org.knotwork.web.api.problem.Problem;

/**
 * What a session would show if saved now: its deviations, each with what it needs before signing, and the fields the
 * server would refuse, or (saved as a draft all the same) still needs before signing: each compression's discomfort.
 * The session page shows exactly these while the therapist types.
 */
public record NotePreviewView(List<DeviationFlag> deviations, List<Problem.FieldError> errors) {

    /**
     * {@code needs} is REASON or CLEARANCE (a recorded medical clearance for {@code clearanceFor}, or else a reason).
     */
    public record DeviationFlag(
            String key,
            DeviationType type,
            String title,
            String explanation,
            String needs,
            Contraindication clearanceFor,
            UUID triggerPointId,
            Integer pointIndex,
            Integer episodeIndex) {}

    static NotePreviewView of(NotePreview preview) {
        return new NotePreviewView(
                preview.deviations().stream()
                        .map(f -> new DeviationFlag(
                                f.key(),
                                f.type(),
                                f.type().title(),
                                f.explanation(),
                                f.type().needs().name(),
                                f.type().clearanceFor(),
                                f.triggerPointId(),
                                f.pointIndex(),
                                f.episodeIndex()))
                        .toList(),
                preview.discomfortToRecord().stream()
                        .map(place -> new Problem.FieldError(
                                "points[" + place.pointIndex() + "].episodes[" + place.episodeIndex() + "].discomfort",
                                CompressionEpisode.DISCOMFORT_BEFORE_SIGNING))
                        .toList());
    }

    static NotePreviewView refused(List<Problem.FieldError> errors) {
        return new NotePreviewView(List.of(), errors);
    }
}
