package org.knotwork.fhir;

import java.util.Locale;
import org.knotwork.bodymap.Side;

/** The code systems the mappings use, by canonical URL; {@link CodeSystems} publishes Knotwork's own. */
final class Codes {

    static final String TECHNIQUE = Fhir.CODE_SYSTEM + "technique";
    static final String MUSCLE = Fhir.CODE_SYSTEM + "muscle";
    static final String BODY_VIEW = Fhir.CODE_SYSTEM + "body-view";
    static final String POINT_STATUS = Fhir.CODE_SYSTEM + "trigger-point-status";
    static final String BODY_REGION = Fhir.CODE_SYSTEM + "body-region";
    static final String OBSERVATION = Fhir.CODE_SYSTEM + "observation";
    static final String HEAT_MODALITY = Fhir.CODE_SYSTEM + "heat-modality";
    static final String RELEASE_REASON = Fhir.CODE_SYSTEM + "release-reason";
    static final String DEVIATION_TYPE = Fhir.CODE_SYSTEM + "protocol-deviation";
    static final String QUESTIONNAIRE_SCORE = Fhir.CODE_SYSTEM + "questionnaire-score";
    static final String PGIC_ANSWER = Fhir.CODE_SYSTEM + "pgic-answer";

    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    static final String PROVENANCE_AGENT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

    static final String PAIN_BEFORE = "pain-before-session";
    static final String PAIN_AFTER = "pain-after-session";
    static final String PPT_BEFORE = "ppt-before-treatment";
    static final String PPT_AFTER = "ppt-after-treatment";

    private Codes() {}

    /**
     * The side as BodyStructure.locationQualifier: SNOMED CT laterality left 7771000 or right 24028007. A midline
     * point has no laterality — SNOMED CT gives none to structures on the centre line, and 51440002 "right and left"
     * would claim a point on each side — so it is qualified by its place instead: 399488007 "Midline (qualifier
     * value)", the code HL7's mCODE guide uses for a site on the centre line.
     */
    static String locationQualifierCode(Side side) {
        return switch (side) {
            case LEFT -> "7771000";
            case RIGHT -> "24028007";
            case MIDLINE -> "399488007";
        };
    }

    static String locationQualifierDisplay(Side side) {
        return switch (side) {
            case LEFT -> "Left";
            case RIGHT -> "Right";
            case MIDLINE -> "Midline";
        };
    }

    static String sideWord(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }
}
