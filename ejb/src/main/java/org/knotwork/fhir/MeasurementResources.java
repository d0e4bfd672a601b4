package org.knotwork.fhir;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Observations of a signed session: pain on the 0–10 scale before and after (LOINC 72514-3, UCUM 1), and each
 * treated point's pressure-pain threshold before and after its treatment (Knotwork's code, kPa), with the point's
 * BodyStructure as body site.
 */
final class MeasurementResources {

    private MeasurementResources() {}

    static void pain(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select n.id, n.client_id, n.therapist_id, n.session_at, n.pain_before, n.pain_after"
                        + " from treatment_notes n where n.status = 'SIGNED'"
                        + " and (n.pain_before is not null or n.pain_after is not null)" + scope.only("n.client_id")
                        + scope.orderBy("n.client_id, n.session_at, n.id"),
                row -> {
                    for (boolean before : new boolean[] {true, false}) {
                        int value = row.getInt(before ? "pain_before" : "pain_after");
                        if (row.wasNull()) {
                            continue;
                        }
                        JsonObject code = J.concept(
                                before ? "Pain before the session (0–10)" : "Pain after the session (0–10)",
                                J.coding(
                                        Fhir.LOINC,
                                        Fhir.PAIN_SEVERITY_LOINC,
                                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                                J.coding(Codes.OBSERVATION, before ? Codes.PAIN_BEFORE : Codes.PAIN_AFTER, null));
                        sink.accept(J.resource(
                                        "Observation", row.getString("id") + (before ? "-pain-before" : "-pain-after"))
                                .add("status", "final")
                                .add("category", J.list(category("survey", "Survey")))
                                .add("code", code)
                                .add("subject", J.reference("Patient", row.getString("client_id")))
                                .add("encounter", J.reference("Encounter", row.getString("id")))
                                .add("effectiveDateTime", SessionResources.instant(row.getTimestamp("session_at")))
                                .add("performer", J.list(J.reference("Practitioner", row.getString("therapist_id"))))
                                .add("valueQuantity", J.score(value))
                                .build());
                    }
                });
    }

    static void thresholds(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select m.id, m.ppt_before_kpa, m.ppt_after_kpa, n.id as note_id, n.client_id, n.therapist_id,"
                        + " n.session_at, p.id as point_id, p.side, mu.code, mu.name, mu.snomed_code"
                        + " from note_point_measurements m join treatment_notes n on n.id = m.note_id"
                        + " join trigger_points p on p.id = m.trigger_point_id join muscles mu on mu.code = p.muscle_code"
                        + " where n.status = 'SIGNED' and (m.ppt_before_kpa is not null or m.ppt_after_kpa is not null)"
                        + scope.only("n.client_id") + scope.orderBy("n.client_id, n.session_at, m.id"),
                row -> {
                    JsonObject site = PointResources.bodySite(row);
                    for (boolean before : new boolean[] {true, false}) {
                        double kpa = row.getDouble(before ? "ppt_before_kpa" : "ppt_after_kpa");
                        if (row.wasNull()) {
                            continue;
                        }
                        sink.accept(J.resource(
                                        "Observation", row.getString("id") + (before ? "-ppt-before" : "-ppt-after"))
                                .add("status", "final")
                                .add("category", J.list(category("exam", "Exam")))
                                .add(
                                        "code",
                                        J.concept(
                                                before
                                                        ? "Pressure-pain threshold before treatment"
                                                        : "Pressure-pain threshold after treatment",
                                                J.coding(
                                                        Codes.OBSERVATION,
                                                        before ? Codes.PPT_BEFORE : Codes.PPT_AFTER,
                                                        null)))
                                .add("subject", J.reference("Patient", row.getString("client_id")))
                                .add("encounter", J.reference("Encounter", row.getString("note_id")))
                                .add("effectiveDateTime", SessionResources.instant(row.getTimestamp("session_at")))
                                .add("performer", J.list(J.reference("Practitioner", row.getString("therapist_id"))))
                                .add("valueQuantity", J.quantity(kpa, "kPa"))
                                .add("bodySite", site)
                                .build());
                    }
                });
    }

    static JsonObject category(String code, String display) {
        return J.concept(null, J.coding(Codes.OBSERVATION_CATEGORY, code, display));
    }
}
