package org.knotwork.charting;

/** Why the therapist released a compression. */
public enum ReleaseReason {
    /** The tissue softened under the finger: the usual end of a hold. */
    TISSUE_RELEASED("Tissue released"),
    HOLD_TIME_REACHED("Hold time reached"),
    CLIENT_DISCOMFORT("Client discomfort"),
    CLIENT_REQUEST("Client asked to stop");

    private final String label;

    ReleaseReason(String label) {
        this.label = label;
    }

    /** The reason as the session form names it. */
    public String label() {
        return label;
    }
}
