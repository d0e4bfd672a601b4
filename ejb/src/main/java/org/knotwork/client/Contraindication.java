package org.knotwork.client;

/**
 * Conditions recorded at intake that change how, or whether, compression and heat may be applied. The codes are
 * stored and exchanged as they are named here; the database only accepts these codes.
 */
public enum Contraindication {
    ANTICOAGULANTS("Anticoagulant or antiplatelet medication", "Bruises easily: compression gentle only."),
    IMPAIRED_SENSATION("Impaired sensation", "Cannot judge heat or pressure reliably: no heat, careful pressure."),
    DIABETIC_NEUROPATHY(
            "Diabetes-related neuropathy", "Reduced sensation and skin healing: no heat on affected areas."),
    DVT_HISTORY(
            "History of deep vein thrombosis", "No compression over the calves or thighs without medical clearance."),
    PREGNANCY("Pregnancy", "Avoid sustained pressure on some sites; positioning and heat need care."),
    SKIN_LESION("Skin lesion over a site", "No compression or heat over broken or inflamed skin."),
    RECENT_TRAUMA("Recent trauma (< 72 h)", "No treatment over the injury; no heat at home."),
    FEVER("Fever or acute infection", "Postpone treatment."),
    CANCER_HISTORY("History of cancer", "Follow the oncology team's guidance on local pressure and heat."),
    CARDIAC("Cardiac condition", "Watch the response to heat and positioning."),
    OSTEOPOROSIS("Osteoporosis", "Compression gentle only over bone.");

    private final String label;
    private final String precaution;

    /**
     * Whether the condition sits at a place on the body (an injury, a lesion, a tumour or its treatment area): its
     * rules apply to treatment at that site, which the client's record may name.
     */
    public boolean isAtASite() {
        return this == RECENT_TRAUMA || this == SKIN_LESION || this == CANCER_HISTORY;
    }

    Contraindication(String label, String precaution) {
        this.label = label;
        this.precaution = precaution;
    }

    public String label() {
        return label;
    }

    /** What the therapist must keep in mind when this is present. */
    public String precaution() {
        return precaution;
    }
}
