package org.knotwork.web.api.charting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.Amendment;
import org.knotwork.charting.Deviation;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.OwnStretch;
import org.knotwork.charting.PointMeasurement;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.knotwork.practice.PressureUnit;
import org.knotwork.safety.DeviationType;
import org.knotwork.safety.HomeDose;

/** A treatment note as the API shows it: per treated point its measurements and episodes, then deviations. */
public record NoteView(
        UUID id,
        long version,
        UUID clientId,
        UUID therapistId,
        String therapistName,
        Instant sessionAt,
        NoteStatus status,
        Instant signedAt,
        String complaint,
        Region complaintRegion,
        Integer painBefore,
        List<PointView> points,
        String assessment,
        String plan,
        Integer painAfter,
        List<DeviationView> deviations,
        List<AmendmentView> amendments,
        HomeCareView homeCare,
        List<ClearanceView> clearances,
        String noPointsReason) {

    /** A medical clearance recorded with the note. */
    public record ClearanceView(Contraindication contraindication, String clearedBy, LocalDate clearedOn) {}

    /** A point's home care: the doses for home and the stretch printed (a catalogue code, or the therapist's own). */
    public record PointHomeCareView(
            HomeDose selfPressure, HomeDose stretch, String stretchCode, OwnStretch ownStretch) {}

    /** The therapist's personal advice and next appointment for the client's handout. */
    public record HomeCareView(String note, Instant nextAppointment) {}

    public record PointView(
            UUID triggerPointId,
            String muscle,
            String muscleName,
            Side side,
            PressureView pptBefore,
            PressureView pptAfter,
            PointStatus statusAfter,
            List<EpisodeView> episodes,
            BodyPosition position,
            boolean siteAvoided,
            PointHomeCareView homeCare) {}

    /**
     * {@code key} is what a reason is sent under, in {@code reasons} of the note form; {@code needs} is REASON or
     * CLEARANCE.
     */
    public record DeviationView(
            String key,
            DeviationType type,
            String title,
            String needs,
            Contraindication clearanceFor,
            UUID triggerPointId,
            int episodeSeq,
            String explanation,
            String reason) {}

    /** {@code authorName}: who wrote the correction, as the practice knows them. */
    public record AmendmentView(
            UUID id, UUID authorId, String authorName, Instant amendedAt, String reason, String text) {}

    /** {@code names}: the display names of the note's author and of its amendments' authors, by user id. */
    static NoteView of(TreatmentNote note, PressureUnit unit, Map<UUID, String> names) {
        return new NoteView(
                note.id(),
                note.version(),
                note.client().id(),
                note.therapistId(),
                names.get(note.therapistId()),
                note.sessionAt(),
                note.status(),
                note.signedAt(),
                note.complaint(),
                note.complaintRegion(),
                note.painBefore(),
                note.measurements().stream()
                        .sorted(Comparator.comparingInt(m -> firstEpisode(note, m)))
                        .map(m -> point(note, m, unit))
                        .toList(),
                note.assessment(),
                note.plan(),
                note.painAfter(),
                note.deviations().stream().map(NoteView::deviation).toList(),
                note.amendments().stream().map(a -> amendment(a, names)).toList(),
                new HomeCareView(note.homeCare().note(), note.homeCare().nextAppointment()),
                note.clearances().stream()
                        .map(c -> new ClearanceView(c.contraindication(), c.clearedBy(), c.clearedOn()))
                        .toList(),
                note.noPointsReason());
    }

    private static PointView point(TreatmentNote note, PointMeasurement m, PressureUnit unit) {
        return new PointView(
                m.triggerPoint().id(),
                m.triggerPoint().muscle().code(),
                m.triggerPoint().muscle().name(),
                m.triggerPoint().side(),
                PressureView.of(m.pptBeforeKpa(), unit),
                PressureView.of(m.pptAfterKpa(), unit),
                m.statusAfter(),
                note.episodes().stream()
                        .filter(e ->
                                e.triggerPoint().id().equals(m.triggerPoint().id()))
                        .map(e -> EpisodeView.of(e, unit))
                        .toList(),
                m.position(),
                m.siteAvoided(),
                new PointHomeCareView(
                        m.homePressureAsSet(), m.homeStretchAsSet(), m.homeStretchCode(), m.ownStretch()));
    }

    /** Points in the order they were treated. */
    private static int firstEpisode(TreatmentNote note, PointMeasurement m) {
        return note.episodes().stream()
                .filter(e -> e.triggerPoint().id().equals(m.triggerPoint().id()))
                .mapToInt(e -> e.seq())
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    private static DeviationView deviation(Deviation d) {
        return new DeviationView(
                d.key(),
                d.type(),
                d.type().title(),
                d.type().needs().name(),
                d.type().clearanceFor(),
                d.triggerPoint() == null ? null : d.triggerPoint().id(),
                d.episodeSeq(),
                d.explanation(),
                d.reason());
    }

    private static AmendmentView amendment(Amendment a, Map<UUID, String> names) {
        return new AmendmentView(a.id(), a.authorId(), names.get(a.authorId()), a.amendedAt(), a.reason(), a.text());
    }
}
