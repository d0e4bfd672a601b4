package org.knotwork.handout;

/**
 * The type size a client reads their sheet in: standard (body 12 pt, as clear-print guidance asks) or large print
 * (body 16 pt) for a client who sees poorly. Chosen per client, on their handout preferences.
 */
public enum PrintSize {
    STANDARD(12f),
    LARGE(16f);

    private final float body;

    PrintSize(float body) {
        this.body = body;
    }

    /** The size as the handout page names it: "Large print". */
    public String label() {
        return this == LARGE ? "Large print" : "Standard print";
    }

    /** The body text's size in points; headings and the map's numbers scale with it. */
    public float body() {
        return body;
    }
}
