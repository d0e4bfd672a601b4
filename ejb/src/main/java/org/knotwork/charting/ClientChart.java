package org.knotwork.charting;

import java.util.List;
import org.knotwork.bodymap.MappedPoint;
import org.knotwork.client.Client;
import org.knotwork.practice.PressureUnit;

/**
 * What a therapist sees on opening a client: the client, every point on their body map, and the most recent
 * sessions. {@code notesHidden} says the practice keeps this client's notes to the therapists who treat them;
 * {@code pressureUnit} is the practice's unit for showing pressures.
 */
public record ClientChart(
        Client client,
        List<MappedPoint> points,
        List<NoteSummary> recentNotes,
        boolean notesHidden,
        PressureUnit pressureUnit) {

    public static final int RECENT_NOTES = 10;
}
