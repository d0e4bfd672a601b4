package org.knotwork.proms;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** FHIR Questionnaire definitions for tests, shaped like a practice's licensed measures (the items' words left out). */
public final class Questionnaires {

    private Questionnaires() {}

    /** Items q1..qN of type choice, answer options valueInteger min..max. */
    public static String choices(
            String name, int items, int min, int max, String method, int minimum, String important, String better) {
        JsonArrayBuilder item = Json.createArrayBuilder();
        for (int i = 1; i <= items; i++) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (int v = min; v <= max; v++) {
                options.add(Json.createObjectBuilder().add("valueInteger", v));
            }
            item.add(Json.createObjectBuilder()
                    .add("linkId", "q" + i)
                    .add("text", "Section " + i)
                    .add("type", "choice")
                    .add("answerOption", options));
        }
        return questionnaire(name, item, method, minimum, important, better);
    }

    /** Items q1..qN of type integer with minValue and maxValue. */
    public static String integers(
            String name, int items, int min, int max, String method, int minimum, String important, String better) {
        JsonArrayBuilder item = Json.createArrayBuilder();
        for (int i = 1; i <= items; i++) {
            item.add(Json.createObjectBuilder()
                    .add("linkId", "q" + i)
                    .add("text", "Item " + i)
                    .add("type", "integer")
                    .add(
                            "extension",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("url", QuestionnaireReader.MIN_VALUE)
                                            .add("valueInteger", min))
                                    .add(Json.createObjectBuilder()
                                            .add("url", QuestionnaireReader.MAX_VALUE)
                                            .add("valueInteger", max))));
        }
        return questionnaire(name, item, method, minimum, important, better);
    }

    private static String questionnaire(
            String name, JsonArrayBuilder items, String method, int minimum, String important, String better) {
        JsonObjectBuilder scoring = Json.createObjectBuilder()
                .add("url", MeasureCatalogue.SCORING_EXTENSION)
                .add(
                        "extension",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("url", "method")
                                        .add("valueCode", method))
                                .add(Json.createObjectBuilder()
                                        .add("url", "minimumAnswered")
                                        .add("valueInteger", minimum))
                                .add(Json.createObjectBuilder()
                                        .add("url", "importantChange")
                                        .add("valueDecimal", new java.math.BigDecimal(important)))
                                .add(Json.createObjectBuilder()
                                        .add("url", "betterWhen")
                                        .add("valueCode", better)));
        return Json.createObjectBuilder()
                .add("resourceType", "Questionnaire")
                .add("url", "https://example.org/fhir/Questionnaire/" + name.toLowerCase())
                .add("version", "1")
                .add("name", name)
                .add("title", name + " (test copy)")
                .add("status", "active")
                .add("extension", Json.createArrayBuilder().add(scoring))
                .add("item", items)
                .build()
                .toString();
    }
}
