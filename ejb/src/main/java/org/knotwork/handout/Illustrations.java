package org.knotwork.handout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A picture of the self-pressure position and of the stretch for every muscle of the catalogue, drawn from
 * {@link PosePictures}. The stretches are the ones that stretch the right fibres (DOMAIN.md): serratus anterior by
 * drawing the arm back in a door frame, gluteus medius by taking the straight leg across, the peroneus by pulling the
 * foot up and turning the sole in. IllustrationsTest fails when a catalogue muscle has no picture.
 */
final class Illustrations {

    private static final Map<String, Picture> PRESSURE = new HashMap<>();
    private static final Map<String, Picture> STRETCH = new HashMap<>();

    private Illustrations() {}

    static Optional<Picture> pressure(String muscle) {
        return Optional.ofNullable(PRESSURE.get(muscle));
    }

    static Optional<Picture> stretch(String muscle) {
        return Optional.ofNullable(STRETCH.get(muscle));
    }

    static {
        NeckPictures.add(PRESSURE, STRETCH);
        ShoulderPictures.add(PRESSURE, STRETCH);
        TrunkPictures.add(PRESSURE, STRETCH);
        LegPictures.add(PRESSURE, STRETCH);
    }
}
