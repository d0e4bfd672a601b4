package org.knotwork.fhir;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.knotwork.proms.Measure;

/**
 * The resource types an export holds, in the order they are written (what is referred to before what refers to it),
 * each with the mappings that write it. A bulk export writes one NDJSON file per type.
 */
enum ExportedType {
    PRACTITIONER("Practitioner"),
    PATIENT("Patient"),
    CONDITION("Condition"),
    BODY_STRUCTURE("BodyStructure"),
    ENCOUNTER("Encounter"),
    CLINICAL_IMPRESSION("ClinicalImpression"),
    PROCEDURE("Procedure"),
    OBSERVATION("Observation"),
    CARE_PLAN("CarePlan"),
    DOCUMENT_REFERENCE("DocumentReference"),
    PROVENANCE("Provenance"),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse");

    private final String resourceType;

    ExportedType(String resourceType) {
        this.resourceType = resourceType;
    }

    String resourceType() {
        return resourceType;
    }

    void write(Connection c, Scope scope, List<Measure> measures, ResourceSink sink) throws SQLException {
        switch (this) {
            case PRACTITIONER -> PeopleResources.practitioners(c, scope, sink);
            case PATIENT -> PeopleResources.patients(c, scope, sink);
            case CONDITION -> {
                PeopleResources.conditions(c, scope, sink);
                PeopleResources.traumas(c, scope, sink);
            }
            case BODY_STRUCTURE -> PointResources.bodyStructures(c, scope, sink);
            case ENCOUNTER -> SessionResources.encounters(c, scope, sink);
            case CLINICAL_IMPRESSION -> SessionResources.clinicalImpressions(c, scope, sink);
            case PROCEDURE -> ProcedureResources.procedures(c, scope, sink);
            case OBSERVATION -> {
                MeasurementResources.pain(c, scope, sink);
                MeasurementResources.thresholds(c, scope, sink);
                QuestionnaireResources.scores(c, scope, measures, sink);
            }
            case CARE_PLAN -> SessionResources.carePlans(c, scope, sink);
            case DOCUMENT_REFERENCE -> HandoutResources.documentReferences(c, scope, sink);
            case PROVENANCE -> SessionResources.provenances(c, scope, sink);
            case QUESTIONNAIRE_RESPONSE -> QuestionnaireResources.responses(c, scope, measures, sink);
        }
    }
}
