package org.knotwork.fhir;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.knotwork.bodymap.Side;

/**
 * BodyStructure per trigger point: the muscle (SNOMED CT where the catalogue has a code, and Knotwork's muscle code),
 * the side as a SNOMED CT location qualifier (laterality left or right; "midline" for a point on the centre line, which
 * has no laterality), the place on the body map and the point's status as extensions.
 */
final class PointResources {

    private PointResources() {}

    static void bodyStructures(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select p.id, p.client_id, p.side, p.view, p.x, p.y, p.status, p.referred_pain, m.code, m.name,"
                        + " m.snomed_code from trigger_points p join muscles m on m.code = p.muscle_code where true"
                        + scope.only("p.client_id") + scope.orderBy("p.client_id, p.charted_at, p.id"),
                row -> {
                    Side side = Side.valueOf(row.getString("side"));
                    JsonObjectBuilder structure = J.resource("BodyStructure", row.getString("id"))
                            .add(
                                    "extension",
                                    J.list(
                                            J.object()
                                                    .add("url", Extensions.BODY_MAP_PLACE.url())
                                                    .add(
                                                            "extension",
                                                            J.list(
                                                                    J.extension(
                                                                            "view",
                                                                            "valueCoding",
                                                                            J.coding(
                                                                                    Codes.BODY_VIEW,
                                                                                    row.getString("view"),
                                                                                    CodeSystems.words(
                                                                                            row.getString("view")))),
                                                                    J.extension(
                                                                            "x",
                                                                            "valueDecimal",
                                                                            J.decimal(row.getDouble("x"))),
                                                                    J.extension(
                                                                            "y",
                                                                            "valueDecimal",
                                                                            J.decimal(row.getDouble("y")))))
                                                    .build(),
                                            J.extension(
                                                    Extensions.POINT_STATUS.url(),
                                                    "valueCoding",
                                                    J.coding(
                                                            Codes.POINT_STATUS,
                                                            row.getString("status"),
                                                            CodeSystems.words(row.getString("status"))))))
                            .add(
                                    "identifier",
                                    J.list(J.object()
                                            .add("system", Fhir.URN)
                                            .add("value", "urn:uuid:" + row.getString("id"))
                                            .build()))
                            .add("active", true)
                            .add("morphology", J.concept("Myofascial trigger point"))
                            .add("location", muscle(row))
                            .add(
                                    "locationQualifier",
                                    J.list(J.concept(
                                            null,
                                            J.coding(
                                                    Fhir.SNOMED,
                                                    Codes.locationQualifierCode(side),
                                                    Codes.locationQualifierDisplay(side)))))
                            .add("patient", J.reference("Patient", row.getString("client_id")));
                    if (row.getString("referred_pain") != null) {
                        structure.add(
                                "description", "Referred pain the client reports: " + row.getString("referred_pain"));
                    }
                    sink.accept(structure.build());
                });
    }

    /** The muscle as a concept: SNOMED CT where the catalogue has it, always Knotwork's code, and the name. */
    static JsonObject muscle(ResultSet row) throws SQLException {
        JsonObject knotwork = J.coding(Codes.MUSCLE, row.getString("code"), row.getString("name"));
        String snomed = row.getString("snomed_code");
        return snomed == null
                ? J.concept(row.getString("name"), knotwork)
                : J.concept(row.getString("name"), J.coding(Fhir.SNOMED, snomed, null), knotwork);
    }

    /**
     * The body site of an Observation or a Procedure: the muscle with its side in words, pointing at the trigger
     * point's BodyStructure. Reads columns point_id, code, name, snomed_code, side.
     */
    static JsonObject bodySite(ResultSet row) throws SQLException {
        JsonObject muscle = muscle(row);
        return J.object()
                .add(
                        "extension",
                        J.list(J.extension(
                                Extensions.BODY_STRUCTURE.url(),
                                "valueReference",
                                J.reference("BodyStructure", row.getString("point_id")))))
                .add("coding", muscle.getJsonArray("coding"))
                .add("text", row.getString("name") + ", " + Codes.sideWord(Side.valueOf(row.getString("side"))))
                .build();
    }
}
