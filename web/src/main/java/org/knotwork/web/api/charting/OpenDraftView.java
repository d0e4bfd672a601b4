package org.knotwork.web.api.charting;

import java.time.Instant;
import java.util.UUID;
import org.knotwork.charting.TreatmentNote;

/** The caller's open draft of a session with a client: enough to offer it ("a draft from …") and open it. */
public record OpenDraftView(UUID id, Instant sessionAt, Instant updatedAt) {

    static OpenDraftView of(TreatmentNote note) {
        return new OpenDraftView(note.id(), note.sessionAt(), note.updatedAt());
    }
}
