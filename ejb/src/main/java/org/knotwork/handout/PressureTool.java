package org.knotwork.handout;

/** What a client presses a point with: a hand (fingertips, thumb, a pinch), or a ball or their own body's weight. */
public enum PressureTool {
    HAND("The hand"),
    /** A tennis ball against a wall or the floor, or lying or leaning on the point: harder to keep gentle. */
    BALL("A ball, or the body's weight");

    private final String label;

    PressureTool(String label) {
        this.label = label;
    }

    /** The tool as the administrator's screen names it. */
    public String label() {
        return label;
    }
}
