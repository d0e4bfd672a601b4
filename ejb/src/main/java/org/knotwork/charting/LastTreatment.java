package org.knotwork.charting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How one of the client's points was treated in the latest signed session that treated it: what a new session
 * starts from for that point, marked as copied. Never another client's values, never a draft's.
 */
public record LastTreatment(UUID triggerPointId, UUID noteId, Instant sessionAt, List<Episode> episodes) {}
