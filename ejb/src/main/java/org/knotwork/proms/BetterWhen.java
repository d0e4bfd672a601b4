package org.knotwork.proms;

/** Which way a measure's score improves: PSFS ability rises, a disability index falls. */
public enum BetterWhen {
    HIGHER("higher"),
    LOWER("lower");

    private final String code;

    BetterWhen(String code) {
        this.code = code;
    }

    /** The code in Knotwork's FHIR scoring extension. */
    public String code() {
        return code;
    }

    /** How much better {@code latest} is than {@code first}: positive is an improvement. */
    public double improvement(double first, double latest) {
        return this == HIGHER ? latest - first : first - latest;
    }
}
