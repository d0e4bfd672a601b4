package org.knotwork.web.api.charting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.charting.ClientChart;
import org.knotwork.charting.NoteStatus;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.bodymap.TriggerPointView;
import org.knotwork.web.api.client.ClientView;

/** A client's chart: the client, the points on their body map, their recent sessions, the practice's unit. */
public record ChartView(
        ClientView client,
        List<TriggerPointView> points,
        List<SessionLine> recentNotes,
        boolean notesHidden,
        PressureUnit pressureUnit) {

    /** On the client's id alone, as {@link TriggerPointView#hashCode} explains. */
    @Override
    public int hashCode() {
        return client.id().hashCode();
    }

    public record SessionLine(
            UUID id,
            Instant sessionAt,
            UUID therapistId,
            String therapistName,
            NoteStatus status,
            Integer painBefore,
            Integer painAfter,
            long deviations) {

        /** On the id alone, as {@link TriggerPointView#hashCode} explains. */
        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    static ChartView of(ClientChart chart, Clock clock) {
        return new ChartView(
                ClientView.of(chart.client(), clock),
                chart.points().stream().map(TriggerPointView::of).toList(),
                chart.recentNotes().stream()
                        .map(n -> new SessionLine(
                                n.id(),
                                n.sessionAt(),
                                n.therapistId(),
                                n.therapistName(),
                                n.status(),
                                n.painBefore(),
                                n.painAfter(),
                                n.deviations()))
                        .toList(),
                chart.notesHidden(),
                chart.pressureUnit());
    }
}
