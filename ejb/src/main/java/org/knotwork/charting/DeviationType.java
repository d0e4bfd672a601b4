package org.knotwork.charting;

/** The ways a session can depart from the protocol, each with the clinical reason it matters. */
public enum DeviationType {
    PAINFUL_COMPRESSION(
            "Compression was painful",
            "the technique must stay below the pain threshold; pain makes "
                    + "the muscle guard and works against the release"),
    FORCED_STRETCH("Stretch was forced", "a forced stretch can switch the trigger point back on"),
    HEAT_OUT_OF_RANGE("Heat outside 5–10 minutes", "gentle heat is applied for 5 to 10 minutes"),
    HEAT_BEFORE_STRETCH("Heat before the stretch", "heat comes last, after compression and stretch"),
    HEAT_WITHOUT_STRETCH("Heat without a stretch", "the stretch between compression and heat prevents recurrence"),
    HEAT_WITH_IMPAIRED_SENSATION(
            "Heat on a client with impaired sensation", "the client cannot judge the heat reliably and may be burnt"),
    FIRM_COMPRESSION_ON_ANTICOAGULANTS(
            "Firm compression on a client taking anticoagulants", "firm pressure risks bruising and bleeding");

    /** What a deviation needs before the note can be signed. */
    public enum Needs {
        /** The therapist's reason. */
        REASON,
        /** A recorded medical clearance (who gave it, when), or else the therapist's reason. */
        CLEARANCE
    }

    private final String title;
    private final String why;

    DeviationType(String title, String why) {
        this.title = title;
        this.why = why;
    }

    public String title() {
        return title;
    }

    public Needs needs() {
        return Needs.REASON;
    }

    /** Why the protocol asks otherwise. */
    public String why() {
        return why;
    }
}
