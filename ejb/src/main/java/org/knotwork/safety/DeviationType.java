package org.knotwork.safety;

import org.knotwork.client.Contraindication;

/**
 * The ways a session can depart from the protocol or collide with a client's contraindication, each with the
 * clinical reason it matters and what it needs before the note is signed: a reason, or a recorded medical clearance
 * for the contraindication named (which a reason may replace).
 */
public enum DeviationType {
    PAINFUL_COMPRESSION(
            "Compression was painful",
            "the technique must stay below the pain threshold; pain makes the muscle guard and works against the"
                    + " release"),
    COMPRESSION_DOSE_TOO_HIGH(
            "Compression held too long or repeated too often",
            "ischaemic compression is held for about 30 to 90 seconds and repeated a few times; beyond about 2"
                    + " minutes or 5 repetitions on one point it bruises and irritates the tissue instead of releasing"
                    + " it"),
    FORCED_STRETCH("Stretch was forced", "a forced stretch can switch the trigger point back on"),
    STRETCH_DOSE_OUT_OF_RANGE(
            "Stretch held too briefly, too long or repeated too often",
            "a stretch is held about 10 to 90 seconds, up to 5 times: shorter does not lengthen the muscle, longer"
                    + " or more often strains the freshly released point"),
    STRETCH_BEFORE_COMPRESSION(
            "Stretch before compression",
            "the point is released by compression first; stretching a muscle whose point is still active makes it"
                    + " guard"),
    HEAT_OUT_OF_RANGE("Heat outside 5–10 minutes", "gentle heat is applied for 5 to 10 minutes"),
    HEAT_WITHOUT_SKIN_CHECK(
            "Heat without a skin check", "the skin is checked during and after heat so that a burn is caught early"),
    HEAT_BEFORE_STRETCH("Heat before the stretch", "heat comes last, after compression and stretch"),
    HEAT_WITHOUT_STRETCH("Heat without a stretch", "the stretch between compression and heat prevents recurrence"),
    COMPRESSION_AFTER_HEAT(
            "Compression after heat",
            "heat ends the treatment of a point; compressing warmed tissue again starts the sequence over without"
                    + " its stretch and heat"),
    LEG_COMPRESSION_AFTER_DVT(
            "Compression on the leg after a deep vein thrombosis",
            "pressure on the calf or thigh could dislodge a clot; it needs medical clearance",
            Contraindication.DVT_HISTORY),
    COMPRESSION_AT_PREGNANCY_SITE(
            "Compression on the abdomen, groin or inner thigh in pregnancy",
            "sustained pressure there can reach the uterus and the large veins of the pelvis and leg"),
    FACE_DOWN_IN_PREGNANCY(
            "Face-down position in pregnancy", "lying face down presses on the abdomen and the growing uterus"),
    HEAT_ON_ABDOMEN_IN_PREGNANCY(
            "Heat on the abdomen in pregnancy", "heat on the abdomen warms the uterus and the developing baby"),
    FIRM_COMPRESSION_ON_ANTICOAGULANTS(
            "Firm compression on a client taking anticoagulants", "firm pressure risks bruising and bleeding"),
    FIRM_COMPRESSION_WITH_OSTEOPOROSIS(
            "Firm compression on a client with osteoporosis", "firm pressure over fragile bone risks a fracture"),
    FIRM_COMPRESSION_WITH_IMPAIRED_SENSATION(
            "Firm compression on a client with impaired sensation",
            "the client cannot feel reliably when pressure becomes harmful"),
    HEAT_WITH_IMPAIRED_SENSATION(
            "Heat on a client with impaired sensation", "the client cannot judge the heat reliably and may be burnt"),
    TREATED_AT_INJURY_SITE(
            "Treatment at the site of a recent injury",
            "an injury in its first 72 hours is inflamed; pressure, stretch or heat there makes the bleeding and"
                    + " swelling worse"),
    TREATED_OVER_SKIN_LESION(
            "Treatment over a skin lesion",
            "pressure, friction or heat on broken or inflamed skin spreads infection and delays healing"),
    HEAT_WITH_CARDIAC_CONDITION(
            "Heat on a client with a cardiac condition",
            "heat widens the blood vessels and puts load on the heart; it needs watching, kept short and mild"),
    TREATED_NEAR_CANCER_SITE(
            "Treatment near the site of a cancer",
            "local pressure or heat near a tumour, its treatment area or affected lymph nodes needs the oncology"
                    + " team's clearance",
            Contraindication.CANCER_HISTORY),
    SESSION_DURING_FEVER(
            "Session during a fever or acute infection",
            "treatment during a fever spreads the infection and strains the body; the session is postponed");

    /** What a deviation needs before the note can be signed. */
    public enum Needs {
        /** The therapist's reason. */
        REASON,
        /** A recorded medical clearance (who gave it, when), or else the therapist's reason. */
        CLEARANCE
    }

    private final String title;
    private final String why;
    private final Contraindication clearedBy;

    DeviationType(String title, String why) {
        this(title, why, null);
    }

    DeviationType(String title, String why, Contraindication clearedBy) {
        this.title = title;
        this.why = why;
        this.clearedBy = clearedBy;
    }

    public String title() {
        return title;
    }

    /** Why the protocol asks otherwise. */
    public String why() {
        return why;
    }

    public Needs needs() {
        return clearedBy == null ? Needs.REASON : Needs.CLEARANCE;
    }

    /** The contraindication whose medical clearance covers this deviation; none for those that need a reason. */
    public Contraindication clearanceFor() {
        return clearedBy;
    }
}
