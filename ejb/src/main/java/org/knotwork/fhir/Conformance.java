package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.platform.JsonP;
import org.knotwork.proms.LoadedQuestionnaire;
import org.knotwork.proms.Measure;

/**
 * Everything a receiver needs to read Knotwork's exports: its code systems, the ConceptMap from its techniques to
 * SNOMED CT, the StructureDefinitions of its extensions, and the Questionnaires of the shipped and loaded measures.
 */
public final class Conformance {

    static final String VERSION = "1.0.0";
    static final String PUBLISHER = "Knotwork";

    /** A muscle of the practice's catalogue, for the muscle code system. */
    public record MuscleCode(String code, String name, String snomed) {}

    private Conformance() {}

    /** Every resource Knotwork defines, given the practice's muscles and measures (with loaded definitions). */
    public static List<JsonObject> resources(
            List<MuscleCode> muscles, List<Measure> measures, Map<String, String> loadedDefinitions) {
        List<JsonObject> all = new ArrayList<>(CodeSystems.all(muscles, measures));
        all.add(techniqueMap());
        Extensions.ALL.forEach(d -> all.add(StructureDefinitions.of(d)));
        for (Measure measure : measures) {
            all.add(
                    measure instanceof LoadedQuestionnaire
                            ? loaded(measure, loadedDefinitions.get(measure.code()))
                            : BuiltInQuestionnaires.of(measure));
        }
        return all;
    }

    /** A collection Bundle of {@link #resources}, each under its canonical URL. */
    public static JsonObject bundle(List<JsonObject> resources) {
        JsonArrayBuilder entries = J.array();
        for (JsonObject resource : resources) {
            entries.add(J.object()
                    .add("fullUrl", Fhir.BASE + resource.getString("resourceType") + "/" + resource.getString("id"))
                    .add("resource", resource));
        }
        return J.object()
                .add("resourceType", "Bundle")
                .add("type", "collection")
                .add("entry", entries)
                .build();
    }

    static JsonObject techniqueMap() {
        JsonArrayBuilder elements = J.array();
        for (Technique technique : Technique.values()) {
            elements.add(J.object()
                    .add("code", technique.name())
                    .add("display", technique.display())
                    .add(
                            "target",
                            J.list(J.object()
                                    .add("code", Fhir.PHYSICAL_THERAPY_PROCEDURE)
                                    .add("display", "Physical therapy procedure")
                                    .add("equivalence", "wider")
                                    .build())));
        }
        return J.resource("ConceptMap", "technique-to-snomed")
                .add("url", Fhir.BASE + "ConceptMap/technique-to-snomed")
                .add("version", VERSION)
                .add("name", "TechniqueToSnomed")
                .add("title", "Knotwork techniques to SNOMED CT")
                .add("status", "active")
                .add("publisher", PUBLISHER)
                .add(
                        "description",
                        "Each treatment stage Knotwork records is a physical therapy procedure (SNOMED CT 91251008);"
                                + " SNOMED CT is wider than each technique.")
                .add(
                        "group",
                        J.list(J.object()
                                .add("source", Codes.TECHNIQUE)
                                .add("target", Fhir.SNOMED)
                                .add("element", elements)
                                .build()))
                .build();
    }

    /** A loaded definition as the practice gave it, under an id Knotwork chose from its code. */
    private static JsonObject loaded(Measure measure, String definition) {
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(definition))) {
            return J.object()
                    .addAll(JsonP.PROVIDER.createObjectBuilder(reader.readObject()))
                    .add("id", measure.code().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .build();
        }
    }
}
