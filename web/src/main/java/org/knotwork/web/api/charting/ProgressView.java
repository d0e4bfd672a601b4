package org.knotwork.web.api.charting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.ClientProgress;
import org.knotwork.practice.PressureUnit;

/**
 * A client's progress: each signed session's pain with its change from the first session ({@code importantChange}
 * when it is at least {@code clinicallyImportantChange} points), each point's thresholds in kPa and the practice's
 * unit, and the points' status changes.
 */
public record ProgressView(
        UUID clientId,
        Integer baselinePain,
        int clinicallyImportantChange,
        List<Session> sessions,
        List<Threshold> thresholds,
        List<StatusChangeLine> statusChanges,
        boolean notesHidden,
        PressureUnit pressureUnit) {

    public record Session(
            UUID noteId,
            Instant sessionAt,
            Integer painBefore,
            Integer painAfter,
            Integer changeFromBaseline,
            boolean importantChange) {}

    public record Threshold(
            UUID triggerPointId,
            String muscleName,
            Side side,
            Instant sessionAt,
            PressureView before,
            PressureView after) {}

    public record StatusChangeLine(
            UUID triggerPointId,
            String muscleName,
            Side side,
            PointStatus from,
            PointStatus to,
            Instant at,
            boolean recurrence) {}

    static ProgressView of(ClientProgress progress) {
        PressureUnit unit = progress.pressureUnit();
        return new ProgressView(
                progress.clientId(),
                progress.baselinePain(),
                ClientProgress.CLINICALLY_IMPORTANT_CHANGE,
                progress.pain().stream()
                        .map(p -> new Session(
                                p.noteId(),
                                p.sessionAt(),
                                p.painBefore(),
                                p.painAfter(),
                                progress.changeFromBaseline(p),
                                progress.importantChange(p)))
                        .toList(),
                progress.thresholds().stream()
                        .map(t -> new Threshold(
                                t.triggerPointId(),
                                t.muscleName(),
                                t.side(),
                                t.sessionAt(),
                                PressureView.of(t.beforeKpa(), unit),
                                PressureView.of(t.afterKpa(), unit)))
                        .toList(),
                progress.statusChanges().stream()
                        .map(c -> new StatusChangeLine(
                                c.triggerPointId(), c.muscleName(), c.side(), c.from(), c.to(), c.at(), c.recurrence()))
                        .toList(),
                progress.notesHidden(),
                unit);
    }
}
