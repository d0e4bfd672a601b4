package org.knotwork.bodymap;

/**
 * Where a trigger point stands. An active point is a defence reflex that did not switch off and causes the client's
 * pain; a latent one is tender but quiet; a resolved one is gone, though it can recur.
 */
public enum PointStatus {
    ACTIVE("Active"),
    LATENT("Latent"),
    RESOLVED("Resolved");

    private final String label;

    PointStatus(String label) {
        this.label = label;
    }

    /** The status as the body map, the chart and the session name it. */
    public String label() {
        return label;
    }
}
