package org.knotwork.charting;

/** Why the therapist released a compression. */
public enum ReleaseReason {
    /** The tissue softened under the finger: the usual end of a hold. */
    TISSUE_RELEASED,
    HOLD_TIME_REACHED,
    CLIENT_DISCOMFORT,
    CLIENT_REQUEST
}
