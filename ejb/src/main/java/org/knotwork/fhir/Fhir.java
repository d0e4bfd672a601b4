package org.knotwork.fhir;

import org.knotwork.proms.MeasureCatalogue;

/** The systems and canonical URLs the export uses; Knotwork's own are published by {@link Conformance}. */
public final class Fhir {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String NDJSON = "application/fhir+ndjson";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String URN = "urn:ietf:rfc:3986";

    public static final String BASE = MeasureCatalogue.CANONICAL;
    public static final String CODE_SYSTEM = BASE + "CodeSystem/";
    public static final String EXTENSION = BASE + "StructureDefinition/";

    /** SNOMED CT 91251008 |Physical therapy procedure|: what each Knotwork technique maps to. */
    public static final String PHYSICAL_THERAPY_PROCEDURE = "91251008";

    /** LOINC 72514-3: pain severity on the 0–10 numeric rating scale, reported. */
    public static final String PAIN_SEVERITY_LOINC = "72514-3";

    private Fhir() {}
}
