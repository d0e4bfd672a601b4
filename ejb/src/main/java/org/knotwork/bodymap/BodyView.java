package org.knotwork.bodymap;

/** The drawings of the body map a point can be placed on. */
public enum BodyView {
    ANTERIOR("Front"),
    POSTERIOR("Back"),
    LATERAL_LEFT("Left side"),
    LATERAL_RIGHT("Right side");

    private final String label;

    BodyView(String label) {
        this.label = label;
    }

    /** The drawing as the body map captions it: "Front", "Left side". */
    public String label() {
        return label;
    }

    /** The drawing within a sentence, after "the": "front view", "view of the left side". */
    public String words() {
        return switch (this) {
            case ANTERIOR -> "front view";
            case POSTERIOR -> "back view";
            case LATERAL_LEFT -> "view of the left side";
            case LATERAL_RIGHT -> "view of the right side";
        };
    }
}
