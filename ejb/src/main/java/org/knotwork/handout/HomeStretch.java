package org.knotwork.handout;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Stretch;
import org.knotwork.charting.OwnStretch;

/**
 * A stretch as the sheet prints it, with what the safety rules read: from the muscle's catalogue ({@code code} set),
 * or in the therapist's own words ({@code code} null). {@code bothSides}: the catalogue says it works both sides, so
 * the sheet names no side to work; for the therapist's own stretch nobody has said, and no side is named either.
 */
public record HomeStretch(
        String code,
        String name,
        List<String> steps,
        BodyPosition position,
        boolean loadsSpinalFlexion,
        MusclePart part,
        boolean bothSides) {

    public HomeStretch {
        steps = List.copyOf(steps);
    }

    static HomeStretch of(Stretch stretch) {
        return new HomeStretch(
                stretch.code(),
                stretch.name(),
                stretch.steps(),
                stretch.position(),
                stretch.loadsSpinalFlexion(),
                stretch.part(),
                stretch.bothSides());
    }

    static HomeStretch of(OwnStretch own) {
        return new HomeStretch(null, own.name(), own.steps(), own.position(), own.loadsSpinalFlexion(), null, false);
    }

    boolean suits(MusclePart pointPart) {
        return part == null || part == pointPart;
    }

    boolean isTherapistsOwn() {
        return code == null;
    }
}
