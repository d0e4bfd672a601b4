package org.knotwork.handout;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Stretch;
import org.knotwork.charting.OwnStretch;

/**
 * A stretch as the sheet prints it, with what the safety rules read: from the muscle's catalogue ({@code code} set),
 * or in the therapist's own words ({@code code} null).
 */
public record HomeStretch(
        String code,
        String name,
        List<String> steps,
        BodyPosition position,
        boolean loadsSpinalFlexion,
        MusclePart part) {

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
                stretch.part());
    }

    static HomeStretch of(OwnStretch own) {
        return new HomeStretch(null, own.name(), own.steps(), own.position(), own.loadsSpinalFlexion(), null);
    }

    boolean suits(MusclePart pointPart) {
        return part == null || part == pointPart;
    }

    boolean isTherapistsOwn() {
        return code == null;
    }
}
