package org.knotwork.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.bodymap.Region;
import org.knotwork.platform.RuleViolationException;

/**
 * Which sessions the figures cover: signed notes whose session falls in [{@code from}, {@code to}), and, when given,
 * only one therapist's, only those that treated a point of one muscle, only those whose main complaint is filed under
 * one body region.
 */
public record OutcomeFilter(Instant from, Instant to, UUID therapistId, String muscleCode, Region complaintRegion) {

    /** Long enough for a multi-year review, short enough that one request cannot scan the practice's whole life. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(5 * 366);

    public OutcomeFilter {
        if (from == null) {
            throw new RuleViolationException("from", "Give the start of the period (from).");
        }
        if (to == null) {
            throw new RuleViolationException("to", "Give the end of the period (to).");
        }
        if (!from.isBefore(to)) {
            throw new RuleViolationException("to", "The end of the period must be after its start.");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new RuleViolationException("to", "A period is at most five years long.");
        }
        muscleCode = muscleCode == null || muscleCode.isBlank() ? null : muscleCode.strip();
    }

    /** Whether the figures cover every session of the period, with no therapist, muscle or complaint chosen. */
    boolean unfiltered() {
        return therapistId == null && muscleCode == null && complaintRegion == null;
    }

    /** How the audit trail describes what was looked at. */
    String describe() {
        return "from " + from + " to " + to
                + (therapistId == null ? "" : ", therapist " + therapistId)
                + (muscleCode == null ? "" : ", muscle " + muscleCode)
                + (complaintRegion == null ? "" : ", complaint " + complaintRegion);
    }
}
