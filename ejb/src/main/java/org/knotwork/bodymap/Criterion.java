package org.knotwork.bodymap;

/**
 * The diagnostic criteria of a trigger point (Travell & Simons), each recorded as a {@link Finding} in
 * {@link Criteria}: the name each has in the API and the words the therapist reads.
 */
public enum Criterion {
    TAUT_BAND("tautBand", "Taut band"),
    SPOT_TENDERNESS("spotTenderness", "Spot tenderness"),
    LOCAL_TWITCH_RESPONSE("localTwitchResponse", "Local twitch response"),
    JUMP_SIGN("jumpSign", "Jump sign"),
    REFERRED_PAIN("referredPain", "Referred pain"),
    RECOGNISED_PAIN("recognisedPain", "Pain the client recognises");

    private final String field;
    private final String label;

    Criterion(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The criterion's field in a point's {@code criteria}, as the API takes and answers it. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }
}
