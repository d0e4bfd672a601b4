package org.knotwork.handout;

/** What a client presses a point with: a hand (fingertips, thumb, a pinch), or a ball or their own body's weight. */
public enum PressureTool {
    HAND,
    /** A tennis ball against a wall or the floor, or lying or leaning on the point: harder to keep gentle. */
    BALL
}
