package org.knotwork.bodymap;

/**
 * Body regions the muscle catalogue is grouped by, and a note's main complaint is filed under. The one home of the
 * list and its words: the catalogue's and the notes' CHECK lists are tested against it ({@code CodedListsTest}), and
 * the browser reads the labels from {@code GET /api/codes}.
 */
public enum Region {
    HEAD_NECK("Head and neck"),
    SHOULDER("Shoulder"),
    UPPER_BACK("Upper back"),
    CHEST("Chest"),
    ABDOMEN("Abdomen"),
    ARM("Arm"),
    FOREARM_HAND("Forearm and hand"),
    LOW_BACK("Low back"),
    HIP("Hip"),
    THIGH("Thigh"),
    LEG_FOOT("Leg and foot");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The region in a clinician's words, within a sentence. */
    public String words() {
        return switch (this) {
            case HEAD_NECK -> "head and neck";
            case UPPER_BACK -> "upper back";
            case FOREARM_HAND -> "forearm and hand";
            case LOW_BACK -> "low back";
            case LEG_FOOT -> "lower leg and foot";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
