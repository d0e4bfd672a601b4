package org.knotwork.handout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures of the home-care sheet, drawn from {@link PosePictures}: the self-pressure position of every muscle of
 * the catalogue (its standard version, in its reviewed position, a ball only where the standard version uses one) and
 * every stretch of the reviewed stretch catalogue, each showing that stretch's position and movement. A picture of a
 * different stretch beside the words would show the client something the review did not choose for them (lying flat in
 * pregnancy, the wrong fibres of the deltoid), so a stretch is looked up by its catalogue code, never by its muscle;
 * the therapist's own stretch has no code and no picture. IllustrationsTest compares every picture with V15.
 */
final class Illustrations {

    private static final Map<String, Picture> PRESSURE = new HashMap<>();
    private static final Map<String, Picture> STRETCH = new HashMap<>();

    private Illustrations() {}

    /** The picture of the standard self-pressure of a catalogue muscle; not for its gentle version. */
    static Optional<Picture> pressure(String muscleCode) {
        return Optional.ofNullable(muscleCode).map(PRESSURE::get);
    }

    /** The picture of a catalogue stretch, by its code; none for a stretch in the therapist's own words (no code). */
    static Optional<Picture> stretch(String stretchCode) {
        return Optional.ofNullable(stretchCode).map(STRETCH::get);
    }

    static {
        NeckPictures.add(PRESSURE, STRETCH);
        ShoulderBladePictures.add(PRESSURE, STRETCH);
        ShoulderPictures.add(PRESSURE, STRETCH);
        ArmPictures.add(PRESSURE, STRETCH);
        TrunkPictures.add(PRESSURE, STRETCH);
        HipPictures.add(PRESSURE, STRETCH);
        ThighPictures.add(PRESSURE, STRETCH);
        LegPictures.add(PRESSURE, STRETCH);
    }
}
