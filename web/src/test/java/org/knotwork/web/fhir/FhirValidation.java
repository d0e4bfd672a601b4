package org.knotwork.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * The HAPI FHIR validator against base R4, with Knotwork's own code systems, extensions and questionnaires (as the
 * server publishes them) in its support chain. Slow to start (it loads the R4 definitions): one per test class.
 */
public final class FhirValidation {

    private final FhirContext context = FhirContext.forR4();
    private final FhirValidator validator;

    /** A validator that knows the resources of this conformance Bundle (GET /api/fhir/conformance). */
    public FhirValidation(String conformanceBundle) {
        PrePopulatedValidationSupport knotwork = new PrePopulatedValidationSupport(context);
        Bundle bundle = context.newJsonParser().parseResource(Bundle.class, conformanceBundle);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof StructureDefinition definition) {
                knotwork.addStructureDefinition(definition);
            } else if (resource instanceof CodeSystem system) {
                knotwork.addCodeSystem(system);
            } else {
                knotwork.addResource(resource);
            }
        }
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                knotwork,
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        validator = context.newValidator().registerValidatorModule(instanceValidator);
    }

    /** The errors (and fatal errors) the validator finds in one resource, each with where it is. */
    public List<String> errors(String resourceJson) {
        return validator.validateWithResult(resourceJson).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    /** Warnings too, for looking at what the validator thinks beyond errors. */
    public List<String> warnings(String resourceJson) {
        return validator.validateWithResult(resourceJson).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " at " + m.getLocationString() + ": " + m.getMessage();
    }
}
