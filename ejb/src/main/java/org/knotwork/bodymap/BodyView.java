package org.knotwork.bodymap;

/** The drawings of the body map a point can be placed on. */
public enum BodyView {
    ANTERIOR,
    POSTERIOR,
    LATERAL_LEFT,
    LATERAL_RIGHT
}
