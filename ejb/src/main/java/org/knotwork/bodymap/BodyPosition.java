package org.knotwork.bodymap;

/**
 * How the body lies or stands: the client's position on the table while a point is treated, and the position a
 * self-care step or stretch is done in.
 */
public enum BodyPosition {
    STANDING,
    SEATED,
    KNEELING,
    SIDE_LYING,
    /** Flat on the back. */
    SUPINE,
    /** Face down. */
    PRONE;

    public boolean isFaceDown() {
        return this == PRONE;
    }

    /** The position in a clinician's words, e.g. "face down". */
    public String words() {
        return switch (this) {
            case SIDE_LYING -> "on the side";
            case SUPINE -> "on the back";
            case PRONE -> "face down";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The position as the therapist's screens name it: "Lying on the side". */
    public String label() {
        return switch (this) {
            case STANDING -> "Standing";
            case SEATED -> "Seated";
            case KNEELING -> "Kneeling";
            case SIDE_LYING -> "Lying on the side";
            case SUPINE -> "Lying on the back";
            case PRONE -> "Lying face down";
        };
    }

    /** Flat on the back or face down: the positions a pregnant client is kept out of. */
    public boolean isFlatOrFaceDown() {
        return this == SUPINE || this == PRONE;
    }
}
