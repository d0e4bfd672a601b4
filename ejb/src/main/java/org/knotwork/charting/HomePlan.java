package org.knotwork.charting;

import org.knotwork.bodymap.Stretch;

/**
 * What the client does at home for one treated point, as the therapist set it: the self-pressure and stretch doses
 * (the usual home doses when left out; never the session's), and the stretch printed — one chosen from the muscle's
 * catalogue, or the therapist's own steps, or neither, when the sheet takes the catalogue's first safe one.
 */
public record HomePlan(
        Integer pressureSeconds,
        Integer pressureRepetitions,
        Integer stretchSeconds,
        Integer stretchRepetitions,
        Stretch stretch,
        OwnStretch ownStretch) {

    public static final HomePlan USUAL = new HomePlan(null, null, null, null, null, null);

    /** The same plan with the catalogue's stretch the therapist named by its code. */
    public HomePlan withStretch(Stretch chosen) {
        return new HomePlan(
                pressureSeconds, pressureRepetitions, stretchSeconds, stretchRepetitions, chosen, ownStretch);
    }
}
