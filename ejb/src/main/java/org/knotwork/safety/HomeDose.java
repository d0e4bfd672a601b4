package org.knotwork.safety;

import org.knotwork.platform.RuleViolationException;

/**
 * How long a client holds a self-pressure or a stretch at home and how many times: within the safe self-care range,
 * whatever the session used. {@code field} in the refusals is relative to where the dose was given.
 */
public record HomeDose(int holdSeconds, int repetitions) {

    public static final HomeDose SELF_PRESSURE_DEFAULT =
            new HomeDose(Dosage.HOME_PRESSURE_SECONDS.byDefault(), Dosage.HOME_PRESSURE_REPETITIONS.byDefault());
    public static final HomeDose STRETCH_DEFAULT =
            new HomeDose(Dosage.HOME_STRETCH_SECONDS.byDefault(), Dosage.HOME_STRETCH_REPETITIONS.byDefault());

    /** A self-pressure dose the therapist set, or the default for what they left out. */
    public static HomeDose selfPressure(String field, Integer holdSeconds, Integer repetitions) {
        return of(
                field,
                "Self-pressure at home",
                holdSeconds,
                repetitions,
                Dosage.HOME_PRESSURE_SECONDS,
                Dosage.HOME_PRESSURE_REPETITIONS);
    }

    /** A home stretch dose the therapist set, or the default for what they left out. */
    public static HomeDose stretch(String field, Integer holdSeconds, Integer repetitions) {
        return of(
                field,
                "A stretch at home",
                holdSeconds,
                repetitions,
                Dosage.HOME_STRETCH_SECONDS,
                Dosage.HOME_STRETCH_REPETITIONS);
    }

    private static HomeDose of(
            String field, String what, Integer holdSeconds, Integer repetitions, Range hold, Range times) {
        int seconds = holdSeconds == null ? hold.byDefault() : holdSeconds;
        int count = repetitions == null ? times.byDefault() : repetitions;
        if (!hold.contains(seconds)) {
            throw new RuleViolationException(
                    field + ".holdSeconds",
                    what + " is held " + hold.min() + " to " + hold.max()
                            + " seconds: the session's dose is not a safe dose for a client alone.");
        }
        if (!times.contains(count)) {
            throw new RuleViolationException(
                    field + ".repetitions", what + " is done " + times.min() + " to " + times.max() + " times.");
        }
        return new HomeDose(seconds, count);
    }
}
