package org.knotwork.bodymap;

/**
 * The part of a muscle a point lies in, as the view it was charted on shows it: a stretch lengthens the fibres of
 * one part (the deltoid's front fibres are stretched by taking the arm back, its back fibres by taking it across).
 */
public enum MusclePart {
    FRONT,
    SIDE,
    BACK;

    public static MusclePart seenOn(BodyView view) {
        return switch (view) {
            case ANTERIOR -> FRONT;
            case POSTERIOR -> BACK;
            case LATERAL_LEFT, LATERAL_RIGHT -> SIDE;
        };
    }
}
