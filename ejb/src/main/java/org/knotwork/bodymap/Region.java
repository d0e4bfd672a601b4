package org.knotwork.bodymap;

/** Body regions the muscle catalogue is grouped by. */
public enum Region {
    HEAD_NECK,
    SHOULDER,
    UPPER_BACK,
    CHEST,
    ABDOMEN,
    ARM,
    FOREARM_HAND,
    LOW_BACK,
    HIP,
    THIGH,
    LEG_FOOT;

    /** The region in a clinician's words. */
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
