package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.knotwork.platform.JsonP;
import org.knotwork.safety.DeviationType;

/**
 * A Procedure per compression, stretch and heat episode of a signed session, coded by Knotwork's technique code
 * system (mapped to SNOMED CT 91251008), on its trigger point, with its dosage, its order in the session and the
 * protocol deviations it showed, with the therapist's reasons.
 */
final class ProcedureResources {

    private ProcedureResources() {}

    static void procedures(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select e.*, n.client_id, n.therapist_id, n.session_at, p.id as point_id, p.side, mu.code, mu.name,"
                        + " mu.snomed_code, (select coalesce(json_agg(json_build_object('type', d.type, 'explanation',"
                        + " d.explanation, 'reason', d.reason) order by d.type), '[]') from note_deviations d"
                        + " where d.note_id = e.note_id and d.episode_seq = e.seq) as deviations"
                        + " from note_episodes e join treatment_notes n on n.id = e.note_id"
                        + " join trigger_points p on p.id = e.trigger_point_id join muscles mu on mu.code = p.muscle_code"
                        + " where n.status = 'SIGNED'" + scope.only("n.client_id")
                        + scope.orderBy("n.client_id, n.session_at, e.note_id, e.seq"),
                row -> {
                    Technique technique = Technique.ofKind(row.getString("kind"));
                    JsonArrayBuilder extensions = J.array()
                            .add(J.extension(Extensions.EPISODE_SEQUENCE.url(), "valuePositiveInt", row.getInt("seq")))
                            .add(dosage(technique, row));
                    for (JsonValue d : deviations(row.getString("deviations"))) {
                        extensions.add(deviation(d.asJsonObject()));
                    }
                    sink.accept(J.resource("Procedure", row.getString("id"))
                            .add("extension", extensions)
                            .add("status", "completed")
                            .add(
                                    "code",
                                    J.concept(
                                            technique.display(),
                                            J.coding(Codes.TECHNIQUE, technique.name(), technique.display())))
                            .add("subject", J.reference("Patient", row.getString("client_id")))
                            .add("encounter", J.reference("Encounter", row.getString("note_id")))
                            .add("performedDateTime", SessionResources.instant(row.getTimestamp("session_at")))
                            .add(
                                    "performer",
                                    J.list(J.object()
                                            .add("actor", J.reference("Practitioner", row.getString("therapist_id")))
                                            .build()))
                            .add("bodySite", J.list(PointResources.bodySite(row)))
                            .build());
                });
    }

    private static JsonObject dosage(Technique technique, ResultSet row) throws SQLException {
        JsonArrayBuilder parts = J.array();
        switch (technique) {
            case COMPRESSION -> {
                int level = row.getInt("pressure_level");
                if (!row.wasNull()) {
                    parts.add(J.extension("pressureLevel", "valueInteger", level));
                }
                double kpa = row.getDouble("pressure_kpa");
                if (!row.wasNull()) {
                    parts.add(J.extension("pressure", "valueQuantity", J.quantity(kpa, "kPa")));
                }
                parts.add(J.extension("hold", "valueQuantity", J.quantity(row.getInt("hold_seconds"), "s")));
                parts.add(J.extension("repetitions", "valuePositiveInt", row.getInt("repetitions")));
                parts.add(J.extension("discomfort", "valueInteger", row.getInt("discomfort")));
                String reason = row.getString("release_reason");
                if (reason != null) {
                    parts.add(J.extension(
                            "releaseReason",
                            "valueCoding",
                            J.coding(Codes.RELEASE_REASON, reason, CodeSystems.words(reason))));
                }
                return J.object()
                        .add("url", Extensions.COMPRESSION_DOSAGE.url())
                        .add("extension", parts)
                        .build();
            }
            case STRETCH -> {
                parts.add(J.extension("stretch", "valueString", row.getString("stretch_name")));
                parts.add(J.extension("hold", "valueQuantity", J.quantity(row.getInt("hold_seconds"), "s")));
                parts.add(J.extension("repetitions", "valuePositiveInt", row.getInt("repetitions")));
                parts.add(J.extension("breathingCoordinated", "valueBoolean", row.getBoolean("breathing_coordinated")));
                parts.add(J.extension("forced", "valueBoolean", row.getBoolean("forced")));
                return J.object()
                        .add("url", Extensions.STRETCH_DOSAGE.url())
                        .add("extension", parts)
                        .build();
            }
            default -> {
                String modality = row.getString("modality");
                parts.add(J.extension(
                        "modality",
                        "valueCoding",
                        J.coding(Codes.HEAT_MODALITY, modality, CodeSystems.words(modality))));
                parts.add(J.extension("duration", "valueQuantity", J.quantity(row.getInt("minutes"), "min")));
                parts.add(J.extension("skinChecked", "valueBoolean", row.getBoolean("skin_checked")));
                return J.object()
                        .add("url", Extensions.HEAT_DOSAGE.url())
                        .add("extension", parts)
                        .build();
            }
        }
    }

    private static JsonObject deviation(JsonObject d) {
        JsonArrayBuilder parts = J.array()
                .add(J.extension(
                        "type",
                        "valueCoding",
                        J.coding(
                                Codes.DEVIATION_TYPE,
                                d.getString("type"),
                                DeviationType.valueOf(d.getString("type")).title())))
                .add(J.extension("explanation", "valueString", d.getString("explanation")));
        if (!d.isNull("reason")) {
            parts.add(J.extension("reason", "valueString", d.getString("reason")));
        }
        return J.object()
                .add("url", Extensions.PROTOCOL_DEVIATION.url())
                .add("extension", parts)
                .build();
    }

    private static jakarta.json.JsonArray deviations(String json) {
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
