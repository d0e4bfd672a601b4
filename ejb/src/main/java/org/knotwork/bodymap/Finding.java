package org.knotwork.bodymap;

/** The result of one diagnostic criterion: found, looked for and not found, or not tested. */
public enum Finding {
    YES("Yes"),
    NO("No"),
    NOT_TESTED("Not tested");

    private final String label;

    Finding(String label) {
        this.label = label;
    }

    /** The finding as the therapist taps it beside each criterion. */
    public String label() {
        return label;
    }
}
