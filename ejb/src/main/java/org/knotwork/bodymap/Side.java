package org.knotwork.bodymap;

/** The client's side a trigger point is on; midline for points on the centre line (e.g. lower multifidi). */
public enum Side {
    LEFT("Client's left", "left"),
    RIGHT("Client's right", "right"),
    MIDLINE("Midline", "midline");

    private final String label;
    private final String words;

    Side(String label, String words) {
        this.label = label;
        this.words = words;
    }

    /**
     * The side as a choice names it: "Client's left", since the therapist faces the client and the viewer's left is
     * the client's right on the front view.
     */
    public String label() {
        return label;
    }

    /** The side within a sentence, after the muscle: "Trapezius (left)". */
    public String words() {
        return words;
    }
}
