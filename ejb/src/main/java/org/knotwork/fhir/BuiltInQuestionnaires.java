package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.knotwork.proms.Measure;
import org.knotwork.proms.MeasureCatalogue;
import org.knotwork.proms.MeasureItem;
import org.knotwork.proms.Pgic;
import org.knotwork.proms.Psfs;

/**
 * The shipped measures as FHIR Questionnaires, written from their Java definitions. A PSFS activity is a group of the
 * activity's name (the client's words) and its rating; PGIC is one choice of seven coded answers.
 */
final class BuiltInQuestionnaires {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private BuiltInQuestionnaires() {}

    static JsonObject of(Measure measure) {
        JsonArrayBuilder items = J.array();
        for (MeasureItem item : measure.items()) {
            items.add(measure instanceof Psfs ? activity(item) : choice(item));
        }
        JsonObjectBuilder q = J.resource("Questionnaire", measure.code().toLowerCase(Locale.ROOT))
                .add("url", measure.url())
                .add("version", Conformance.VERSION)
                .add("name", measure.code())
                .add("title", measure.title())
                .add("status", "active")
                .add("subjectType", J.array().add("Patient"))
                .add("publisher", Conformance.PUBLISHER)
                .add("description", "Scored by Knotwork as: " + measure.scoringRule() + ".");
        if (measure instanceof Psfs) {
            q.add(
                    "extension",
                    J.list(J.object()
                            .add("url", MeasureCatalogue.SCORING_EXTENSION)
                            .add(
                                    "extension",
                                    J.list(
                                            J.extension("method", "valueCode", "mean"),
                                            J.extension("minimumAnswered", "valueInteger", 1),
                                            J.extension(
                                                    "importantChange",
                                                    "valueDecimal",
                                                    J.decimal(measure.importantChange())),
                                            J.extension(
                                                    "betterWhen",
                                                    "valueCode",
                                                    measure.betterWhen().code())))
                            .build()));
        }
        return q.add("item", items).build();
    }

    private static JsonObject activity(MeasureItem item) {
        return J.object()
                .add("linkId", item.linkId())
                .add("text", item.text())
                .add("type", "group")
                .add("required", item.required())
                .add(
                        "item",
                        J.list(
                                J.object()
                                        .add("linkId", item.linkId() + ".name")
                                        .add("text", "The activity, in the client's words")
                                        .add("type", "string")
                                        .add("required", true)
                                        .build(),
                                J.object()
                                        .add("linkId", item.linkId() + ".rating")
                                        .add("text", "Rating: 0 unable to perform, 10 able as before the problem")
                                        .add("type", "integer")
                                        .add(
                                                "extension",
                                                J.list(
                                                        J.extension(MIN_VALUE, "valueInteger", item.min()),
                                                        J.extension(MAX_VALUE, "valueInteger", item.max())))
                                        .build()))
                .build();
    }

    private static JsonObject choice(MeasureItem item) {
        JsonArrayBuilder options = J.array();
        for (MeasureItem.Option option : item.options()) {
            options.add(J.object().add("valueCoding", pgicAnswer(option.value())));
        }
        return J.object()
                .add("linkId", item.linkId())
                .add("text", item.text())
                .add("type", "choice")
                .add("required", item.required())
                .add("answerOption", options)
                .build();
    }

    static JsonObject pgicAnswer(int value) {
        return J.coding(Codes.PGIC_ANSWER, String.valueOf(value), Pgic.label(value));
    }
}
