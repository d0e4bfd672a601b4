package org.knotwork.safety;

/**
 * The doses of the protocol and of home care, each bound once with its clinical reason (sources in
 * docs/safety-rules.md). A session outside the session bounds is flagged; a home-care dose outside the home bounds
 * is refused, so no sheet can print one.
 */
public final class Dosage {

    /** Ischaemic compression is held 30–90 s; beyond about 2 minutes on one point it bruises. */
    public static final int COMPRESSION_HOLD_MAX_SECONDS = 120;

    /** A few repetitions release a point; more than about 5 irritate it. */
    public static final int COMPRESSION_REPETITIONS_MAX = 5;

    /** Pressure at or above this on the 0–10 scale is firm. */
    public static final int FIRM_PRESSURE_LEVEL = 5;

    /** An algometer reading at or above this is firm (about 3 kgf/cm²). */
    public static final double FIRM_PRESSURE_KPA = 294.0;

    /**
     * A stretch held under about 10 s (two slow breaths out) does not lengthen the muscle; holds beyond 30–60 s add
     * nothing (ACSM; Page 2012) and at 90 s strain the freshly released point.
     */
    public static final Range STRETCH_HOLD_SECONDS = new Range(10, 90, 30);

    /** Two to four repetitions are recommended (ACSM); more than 5 in one session is flagged. */
    public static final Range STRETCH_REPETITIONS = new Range(1, 5, 3);

    /** Gentle heat for 5–10 minutes, in the session and at home (NHS). */
    public static final Range HEAT_MINUTES = new Range(5, 10, 8);

    /** Self-pressure at home: about 20–90 s, started gently at 30 s. */
    public static final Range HOME_PRESSURE_SECONDS = new Range(20, 90, 30);

    /** Self-pressure at home: 1–3 times, usually 2. */
    public static final Range HOME_PRESSURE_REPETITIONS = new Range(1, 3, 2);

    /** A home stretch held 20–60 s, usually 30. */
    public static final Range HOME_STRETCH_SECONDS = new Range(20, 60, 30);

    /** A home stretch done 2–5 times, usually 3. */
    public static final Range HOME_STRETCH_REPETITIONS = new Range(2, 5, 3);

    private Dosage() {}
}
