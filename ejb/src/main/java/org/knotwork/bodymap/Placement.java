package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.knotwork.platform.RuleViolationException;

/** Where a point sits on the body-map drawing: the view and the position on it, normalised to [0,1]. */
@Embeddable
public class Placement {

    @Enumerated(EnumType.STRING)
    @Column(name = "view")
    private BodyView view;

    @Column(name = "x")
    private double x;

    @Column(name = "y")
    private double y;

    protected Placement() {}

    public Placement(BodyView view, double x, double y) {
        if (view == null) {
            throw new RuleViolationException("view", "Say which view of the body map the point is on.");
        }
        if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
            throw new RuleViolationException("x", "The point must lie on the drawing: x and y between 0 and 1.");
        }
        this.view = view;
        this.x = x;
        this.y = y;
    }

    public BodyView view() {
        return view;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }
}
