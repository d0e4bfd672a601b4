package org.knotwork.safety;

/** How a technique is done, when a rule is about one way of doing it only. */
public enum Manner {
    ANY("any"),
    /** At or above 5/10, or an algometer reading of about 3 kgf/cm² (294 kPa) or more. */
    FIRM("firm (≥ 5/10 or ≥ 294 kPa)"),
    FACE_DOWN("face down"),
    FLAT_OR_FACE_DOWN("flat on the back or face down"),
    WITH_BALL_OR_BODY_WEIGHT("with a ball or the body's weight"),
    LOADED_SPINAL_FLEXION("bending the spine forward under load");

    private final String words;

    Manner(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
