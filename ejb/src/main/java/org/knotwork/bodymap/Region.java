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
    LEG_FOOT
}
