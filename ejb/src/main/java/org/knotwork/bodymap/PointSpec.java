package org.knotwork.bodymap;

/** What a therapist says about a trigger point when charting or correcting it. */
public record PointSpec(
        String muscleCode,
        Side side,
        BodyView view,
        double x,
        double y,
        PointStatus status,
        Criteria criteria,
        String referredPain) {}
