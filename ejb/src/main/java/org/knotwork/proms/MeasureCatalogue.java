package org.knotwork.proms;

import java.util.List;
import java.util.Optional;

/** The measures Knotwork ships, and where their FHIR Questionnaires and scoring rule are published. */
public final class MeasureCatalogue {

    /** Knotwork's canonical base for the FHIR resources it defines (docs/interoperability.md). */
    public static final String CANONICAL = "https://knotwork.org/fhir/";

    static final String BUILT_IN_URL = CANONICAL + "Questionnaire/";

    /** The extension on a Questionnaire that says how it is scored. */
    public static final String SCORING_EXTENSION = CANONICAL + "StructureDefinition/questionnaire-scoring";

    /** The code system of the scoring methods the extension names. */
    public static final String SCORING_METHODS = CANONICAL + "CodeSystem/scoring-method";

    private static final List<Measure> BUILT_IN = List.of(new Psfs(), new Pgic());

    private MeasureCatalogue() {}

    public static List<Measure> builtIn() {
        return BUILT_IN;
    }

    public static Optional<Measure> builtIn(String code) {
        return BUILT_IN.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
