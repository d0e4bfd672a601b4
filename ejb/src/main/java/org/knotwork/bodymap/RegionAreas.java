package org.knotwork.bodymap;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.knotwork.platform.RuleViolationException;

/**
 * Where a point may be placed on the body-map drawing: on the half of the view that is the client's side, and inside
 * its muscle's region. A region's area on a view is the box around the catalogue's places for the region's muscles
 * there (the client's right side; the left is its mirror image), widened by {@link #MARGIN} of the drawing on every
 * side: about 14 cm on a client of 1.7 m, enough for every point a muscle carries in its region and for the spread of
 * real bodies, too little to land a calf point on the head or a shoulder point on the hip. Derived from the
 * catalogue, so a region's area moves with its muscles' places and is written nowhere else.
 */
public final class RegionAreas {

    /** How far beyond its muscles' catalogue places a region reaches, as a share of the drawing. */
    static final double MARGIN = 0.08;

    /**
     * Half the width of the centre line's band, as a share of the drawing: a midline point lies within it, a side's
     * point no further across. The body map's page reads it from the server to suggest a tap's side.
     */
    public static final double MIDLINE = 0.03;

    /** Places arrive as decimals of the drawing; 0.53 − 0.5 is a hair over 0.03 in binary floating point. */
    private static final double ROUNDING = 1e-9;

    private record Box(double left, double right, double top, double bottom) {

        Box with(double x, double y) {
            return new Box(Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y));
        }

        boolean contains(double x, double y) {
            double reach = MARGIN + ROUNDING;
            return x >= left - reach && x <= right + reach && y >= top - reach && y <= bottom + reach;
        }
    }

    private final Map<Region, Map<BodyView, Box>> areas = new EnumMap<>(Region.class);

    /** The areas of the regions of the whole catalogue, with each muscle's places. */
    public RegionAreas(List<Muscle> catalogue) {
        for (Muscle muscle : catalogue) {
            for (MapLocation place : muscle.locations()) {
                areas.computeIfAbsent(muscle.region(), r -> new EnumMap<>(BodyView.class))
                        .merge(
                                place.view(),
                                new Box(place.x(), place.x(), place.y(), place.y()),
                                (box, one) -> box.with(one.left(), one.top()));
            }
        }
    }

    /** Refuses a point whose side disagrees with its half of the view, or that lies outside its muscle's region. */
    public void requirePlaceable(Muscle muscle, Side side, Placement placement) {
        if (side == Side.MIDLINE && !muscle.liesOnTheMidline()) {
            throw new RuleViolationException(
                    "side",
                    muscle.name() + " is a muscle of each side, not of the centre line: choose the client's left or"
                            + " right.");
        }
        requireSideAgrees(side, placement);
        BodyView view = placement.view();
        double x = placement.x();
        // The catalogue holds the client's right side: a left point is compared with its mirror image.
        BodyView rightView = view == BodyView.LATERAL_LEFT ? BodyView.LATERAL_RIGHT : view;
        double rightX = side == Side.LEFT || view == BodyView.LATERAL_LEFT ? 1 - x : x;
        Box area = areas.getOrDefault(muscle.region(), Map.of()).get(rightView);
        String region = muscle.region().words();
        if (area == null) {
            throw new RuleViolationException(
                    "view",
                    "The " + region + " is not drawn on the " + view.words() + ": place the " + muscle.name()
                            + " point on the front or back view.");
        }
        if (!area.contains(rightX, placement.y())) {
            throw new RuleViolationException(
                    "x",
                    muscle.name() + " lies in the " + region + ", and this place on the " + view.words()
                            + " is outside it: place the point on the " + region + ".");
        }
    }

    private static void requireSideAgrees(Side side, Placement placement) {
        double x = placement.x();
        switch (placement.view()) {
            case LATERAL_RIGHT, LATERAL_LEFT -> {
                Side shown = placement.view() == BodyView.LATERAL_RIGHT ? Side.RIGHT : Side.LEFT;
                if (side != shown) {
                    throw new RuleViolationException(
                            "side",
                            "The " + placement.view().words() + " shows the client's " + shown.words()
                                    + " side: a point on it is on their " + shown.words() + ".");
                }
            }
            case ANTERIOR, POSTERIOR -> {
                boolean front = placement.view() == BodyView.ANTERIOR;
                // Facing the viewer, the client's right is on the viewer's left; seen from behind, on the right.
                boolean onViewersLeft = x < 0.5;
                Side half = Math.abs(x - 0.5) <= MIDLINE + ROUNDING
                        ? Side.MIDLINE
                        : front == onViewersLeft ? Side.RIGHT : Side.LEFT;
                boolean agrees = side == Side.MIDLINE ? half == Side.MIDLINE : half == Side.MIDLINE || half == side;
                if (!agrees) {
                    String how = front
                            ? "On the front view the client faces you, so their right side is on your left."
                            : "On the back view you see the client from behind, so their right side is on your right.";
                    throw new RuleViolationException(
                            "side",
                            how + " This place is on the client's " + half.words()
                                    + (half == Side.MIDLINE ? "" : " side") + ", not their " + side.words()
                                    + ": choose that side, or place the point again.");
                }
            }
        }
    }
}
