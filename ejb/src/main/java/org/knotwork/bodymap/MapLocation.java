package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * Where a muscle's trigger points typically lie on one view of the body-map drawing, for the client's right side
 * (x, y normalised to [0,1]; the left side is the mirror image).
 */
@Embeddable
public class MapLocation {

    @Enumerated(EnumType.STRING)
    @Column(name = "view")
    private BodyView view;

    @Column(precision = 4, scale = 3)
    private BigDecimal x;

    @Column(precision = 4, scale = 3)
    private BigDecimal y;

    protected MapLocation() {}

    /** For tests: locations otherwise come from the catalogue in {@code sql/}. */
    MapLocation(BodyView view, double x, double y) {
        this.view = view;
        this.x = BigDecimal.valueOf(x);
        this.y = BigDecimal.valueOf(y);
    }

    public BodyView view() {
        return view;
    }

    public double x() {
        return x.doubleValue();
    }

    public double y() {
        return y.doubleValue();
    }

    /** On the centre line of the front or back view: a point here is on the midline, not on a side. */
    public boolean onTheMidline() {
        return (view == BodyView.ANTERIOR || view == BodyView.POSTERIOR) && x() == 0.5;
    }
}
