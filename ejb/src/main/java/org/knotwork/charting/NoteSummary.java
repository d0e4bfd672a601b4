package org.knotwork.charting;

import java.time.Instant;
import java.util.UUID;

/** A line of a client's session history: enough to list it without loading the note. */
public record NoteSummary(
        UUID id,
        Instant sessionAt,
        UUID therapistId,
        String therapistName,
        NoteStatus status,
        Integer painBefore,
        Integer painAfter,
        long deviations) {}
