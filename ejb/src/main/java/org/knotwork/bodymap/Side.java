package org.knotwork.bodymap;

/** The client's side a trigger point is on; midline for points on the centre line (e.g. lower multifidi). */
public enum Side {
    LEFT,
    RIGHT,
    MIDLINE
}
