package org.knotwork.fhir;

import java.util.Arrays;

/**
 * The treatment stages as Knotwork's technique code system names them, each mapped to SNOMED CT 91251008
 * |Physical therapy procedure| by the published ConceptMap. The codes are the episode kinds the API uses.
 */
enum Technique {
    COMPRESSION(
            "Ischemic compression",
            "Sustained pressure on a trigger point, built up slowly and kept below the client's pain threshold."),
    STRETCH("Stretch", "Slow stretch of the treated muscle, the client breathing out as the range increases."),
    HEAT("Gentle heat", "Heat on the area for 5 to 10 minutes after compression and stretch.");

    private final String display;
    private final String definition;

    Technique(String display, String definition) {
        this.display = display;
        this.definition = definition;
    }

    String display() {
        return display;
    }

    String definition() {
        return definition;
    }

    static Technique ofKind(String kind) {
        return Arrays.stream(values())
                .filter(t -> t.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown episode kind " + kind));
    }
}
