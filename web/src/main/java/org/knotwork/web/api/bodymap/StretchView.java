package org.knotwork.web.api.bodymap;

import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Stretch;

/**
 * A catalogue stretch a therapist may choose for a point's home care: {@code part} is the part of the muscle it
 * lengthens (front, side or back fibres; none for the whole muscle); {@code bothSides} that it works both sides, at
 * once or in turn (a butterfly, knee rolls), so the sheet names no one side to work.
 */
public record StretchView(
        String code,
        String muscle,
        String name,
        List<String> steps,
        BodyPosition position,
        boolean loadsSpinalFlexion,
        MusclePart part,
        boolean bothSides) {

    static StretchView of(Stretch stretch) {
        return new StretchView(
                stretch.code(),
                stretch.muscleCode(),
                stretch.name(),
                stretch.steps(),
                stretch.position(),
                stretch.loadsSpinalFlexion(),
                stretch.part(),
                stretch.bothSides());
    }
}
