package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;

/** Practitioner (every user a record names), Patient (the client) and Condition (the client's main complaint). */
final class PeopleResources {

    private PeopleResources() {}

    static void practitioners(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select u.id, u.display_name, u.active from users u where u.id in ("
                        + "select n.therapist_id from treatment_notes n where n.status = 'SIGNED'"
                        + scope.only("n.client_id")
                        + " union select r.recorded_by from questionnaire_responses r where true"
                        + scope.only("r.client_id")
                        + " union select h.issued_by from handouts h where true" + scope.only("h.client_id")
                        + " union select a.author_id from note_amendments a join treatment_notes n on n.id = a.note_id"
                        + " where true" + scope.only("n.client_id") + ")" + scope.orderBy("u.id"),
                row -> sink.accept(J.resource("Practitioner", row.getString("id"))
                        .add(
                                "identifier",
                                J.list(J.object()
                                        .add("system", Fhir.URN)
                                        .add("value", "urn:uuid:" + row.getString("id"))
                                        .build()))
                        .add("active", row.getBoolean("active"))
                        .add(
                                "name",
                                J.list(J.object()
                                        .add("text", row.getString("display_name"))
                                        .build()))
                        .build()));
    }

    static void patients(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select id, given_name, family_name, date_of_birth, phone, email, archived_at from clients"
                        + " where true" + scope.only("id") + scope.orderBy("id"),
                row -> {
                    JsonObjectBuilder patient = J.resource("Patient", row.getString("id"))
                            .add(
                                    "identifier",
                                    J.list(J.object()
                                            .add("system", Fhir.URN)
                                            .add("value", "urn:uuid:" + row.getString("id"))
                                            .build()))
                            .add("active", row.getTimestamp("archived_at") == null)
                            .add(
                                    "name",
                                    J.list(J.object()
                                            .add("use", "official")
                                            .add("family", row.getString("family_name"))
                                            .add("given", J.array().add(row.getString("given_name")))
                                            .build()));
                    JsonArrayBuilder telecom = J.array();
                    boolean any = false;
                    if (row.getString("phone") != null) {
                        telecom.add(J.object().add("system", "phone").add("value", row.getString("phone")));
                        any = true;
                    }
                    if (row.getString("email") != null) {
                        telecom.add(J.object().add("system", "email").add("value", row.getString("email")));
                        any = true;
                    }
                    if (any) {
                        patient.add("telecom", telecom);
                    }
                    Date born = row.getDate("date_of_birth");
                    if (born != null) {
                        patient.add("birthDate", born.toLocalDate().toString());
                    }
                    sink.accept(patient.build());
                });
    }

    static void conditions(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select id, main_complaint, created_at, archived_at from clients where main_complaint is not null"
                        + scope.only("id") + scope.orderBy("id"),
                row -> {
                    Timestamp created = row.getTimestamp("created_at");
                    sink.accept(J.resource("Condition", row.getString("id") + "-complaint")
                            .add(
                                    "clinicalStatus",
                                    J.concept(
                                            null,
                                            J.coding(
                                                    Codes.CONDITION_CLINICAL,
                                                    row.getTimestamp("archived_at") == null ? "active" : "inactive",
                                                    null)))
                            .add(
                                    "category",
                                    J.list(J.concept(
                                            null,
                                            J.coding(
                                                    Codes.CONDITION_CATEGORY,
                                                    "problem-list-item",
                                                    "Problem List Item"))))
                            .add("code", J.concept(row.getString("main_complaint")))
                            .add("subject", J.reference("Patient", row.getString("id")))
                            .add("recordedDate", created.toInstant().toString())
                            .build());
                });
    }
}
