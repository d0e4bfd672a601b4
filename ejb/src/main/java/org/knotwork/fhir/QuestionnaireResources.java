package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knotwork.proms.Answer;
import org.knotwork.proms.AnswersJson;
import org.knotwork.proms.LoadedQuestionnaire;
import org.knotwork.proms.Measure;
import org.knotwork.proms.Pgic;
import org.knotwork.proms.Psfs;

/**
 * A QuestionnaireResponse per recorded set of answers, against the measure's Questionnaire, and an Observation of
 * its score derived from it. Withdrawn answers are exported as entered in error; unscored ones have no Observation.
 */
final class QuestionnaireResources {

    private QuestionnaireResources() {}

    private static final String RESPONSES = "select r.*, (n.status = 'SIGNED') as session_signed"
            + " from questionnaire_responses r left join treatment_notes n on n.id = r.note_id where true";

    static void responses(Connection c, Scope scope, List<Measure> measures, ResourceSink sink) throws SQLException {
        Map<String, Measure> byCode = byCode(measures);
        scope.each(
                c, RESPONSES + scope.only("r.client_id") + scope.orderBy("r.client_id, r.answered_at, r.id"), row -> {
                    Measure measure = byCode.get(row.getString("measure"));
                    JsonObjectBuilder response = J.resource("QuestionnaireResponse", row.getString("id"))
                            .add("questionnaire", measure.url())
                            .add("status", row.getTimestamp("withdrawn_at") == null ? "completed" : "entered-in-error")
                            .add("subject", J.reference("Patient", row.getString("client_id")));
                    if (row.getBoolean("session_signed")) {
                        response.add("encounter", J.reference("Encounter", row.getString("note_id")));
                    }
                    response.add("authored", SessionResources.instant(row.getTimestamp("answered_at")))
                            .add("author", J.reference("Practitioner", row.getString("recorded_by")))
                            .add("source", J.reference("Patient", row.getString("client_id")))
                            .add("item", items(measure, AnswersJson.read(row.getString("answers"))));
                    sink.accept(response.build());
                });
    }

    static void scores(Connection c, Scope scope, List<Measure> measures, ResourceSink sink) throws SQLException {
        Map<String, Measure> byCode = byCode(measures);
        scope.each(
                c,
                RESPONSES + " and r.score is not null" + scope.only("r.client_id")
                        + scope.orderBy("r.client_id, r.answered_at, r.id"),
                row -> {
                    Measure measure = byCode.get(row.getString("measure"));
                    JsonObjectBuilder observation = J.resource("Observation", row.getString("id") + "-score")
                            .add("status", row.getTimestamp("withdrawn_at") == null ? "final" : "entered-in-error")
                            .add("category", J.list(MeasurementResources.category("survey", "Survey")))
                            .add(
                                    "code",
                                    J.concept(
                                            measure.title() + " score",
                                            J.coding(Codes.QUESTIONNAIRE_SCORE, measure.code(), measure.title())))
                            .add("subject", J.reference("Patient", row.getString("client_id")));
                    if (row.getBoolean("session_signed")) {
                        observation.add("encounter", J.reference("Encounter", row.getString("note_id")));
                    }
                    sink.accept(observation
                            .add("effectiveDateTime", SessionResources.instant(row.getTimestamp("answered_at")))
                            .add("valueQuantity", J.score(row.getDouble("score")))
                            .add("derivedFrom", J.list(J.reference("QuestionnaireResponse", row.getString("id"))))
                            .build());
                });
    }

    private static JsonArrayBuilder items(Measure measure, List<Answer> answers) {
        JsonArrayBuilder items = J.array();
        for (Answer answer : answers) {
            if (measure instanceof Psfs) {
                if (answer.text() == null) {
                    continue;
                }
                JsonArrayBuilder parts = J.array()
                        .add(J.object()
                                .add("linkId", answer.linkId() + ".name")
                                .add(
                                        "answer",
                                        J.list(J.object()
                                                .add("valueString", answer.text())
                                                .build())));
                if (!answer.skipped()) {
                    parts.add(J.object()
                            .add("linkId", answer.linkId() + ".rating")
                            .add(
                                    "answer",
                                    J.list(J.object()
                                            .add("valueInteger", answer.value())
                                            .build())));
                }
                items.add(J.object().add("linkId", answer.linkId()).add("item", parts));
            } else if (!answer.skipped()) {
                items.add(J.object().add("linkId", answer.linkId()).add("answer", J.list(value(measure, answer))));
            }
        }
        return items;
    }

    private static JsonObject value(Measure measure, Answer answer) {
        if (measure instanceof Pgic) {
            return J.object()
                    .add("valueCoding", BuiltInQuestionnaires.pgicAnswer(answer.value()))
                    .build();
        }
        JsonObject coding =
                measure instanceof LoadedQuestionnaire loaded ? loaded.coding(answer.linkId(), answer.value()) : null;
        return coding == null
                ? J.object().add("valueInteger", answer.value()).build()
                : J.object().add("valueCoding", coding).build();
    }

    private static Map<String, Measure> byCode(List<Measure> measures) {
        return measures.stream().collect(Collectors.toMap(Measure::code, Function.identity()));
    }
}
