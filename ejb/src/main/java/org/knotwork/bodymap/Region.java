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
}
