package org.knotwork.fhir;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.knotwork.platform.JsonP;

/**
 * Per signed session: the Encounter; the ClinicalImpression with the note's words (complaint, assessment, plan, and
 * its amendments); the CarePlan with the client's personal home care and next appointment; Provenance for the
 * signature and for each amendment. Drafts are not exported: they are not yet a record.
 */
final class SessionResources {

    private SessionResources() {}

    private static final String SIGNED = "select n.id, n.client_id, n.therapist_id, n.session_at, n.signed_at,"
            + " n.complaint, n.complaint_region, n.assessment, n.plan, n.home_care_note, n.next_appointment"
            + " from treatment_notes n where n.status = 'SIGNED'";

    static void encounters(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(c, SIGNED + scope.only("n.client_id") + scope.orderBy("n.client_id, n.session_at, n.id"), row -> {
            JsonObjectBuilder encounter = J.resource("Encounter", row.getString("id"))
                    .add("status", "finished")
                    .add("class", J.coding(Codes.ACT_CODE, "AMB", "ambulatory"))
                    .add("subject", J.reference("Patient", row.getString("client_id")))
                    .add(
                            "participant",
                            J.list(J.object()
                                    .add("individual", J.reference("Practitioner", row.getString("therapist_id")))
                                    .build()))
                    .add("period", J.object().add("start", instant(row.getTimestamp("session_at"))));
            String complaint = row.getString("complaint");
            String region = row.getString("complaint_region");
            if (complaint != null || region != null) {
                encounter.add(
                        "reasonCode",
                        J.list(
                                region == null
                                        ? J.concept(complaint)
                                        : J.concept(
                                                complaint,
                                                J.coding(Codes.BODY_REGION, region, CodeSystems.words(region)))));
            }
            sink.accept(encounter.build());
        });
    }

    static void clinicalImpressions(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                SIGNED.replace(" from treatment_notes n", ", " + AMENDMENTS + " as amendments from treatment_notes n")
                        + scope.only("n.client_id")
                        + scope.orderBy("n.client_id, n.session_at, n.id"),
                row -> {
                    JsonObjectBuilder impression = J.resource("ClinicalImpression", row.getString("id"))
                            .add("status", "completed")
                            .add("subject", J.reference("Patient", row.getString("client_id")))
                            .add("encounter", J.reference("Encounter", row.getString("id")))
                            .add("effectiveDateTime", instant(row.getTimestamp("session_at")))
                            .add("date", instant(row.getTimestamp("signed_at")))
                            .add("assessor", J.reference("Practitioner", row.getString("therapist_id")));
                    if (row.getString("complaint") != null) {
                        impression.add("description", row.getString("complaint"));
                    }
                    if (row.getString("assessment") != null) {
                        impression.add("summary", row.getString("assessment"));
                    }
                    JsonArrayBuilder notes = J.array();
                    boolean any = false;
                    if (row.getString("plan") != null) {
                        notes.add(J.object().add("text", "Plan: " + row.getString("plan")));
                        any = true;
                    }
                    for (JsonValue value : amendments(row.getString("amendments"))) {
                        JsonObject a = value.asJsonObject();
                        notes.add(J.object()
                                .add("authorReference", J.reference("Practitioner", a.getString("author")))
                                .add("time", a.getString("at"))
                                .add("text", "Amendment (" + a.getString("reason") + "): " + a.getString("text")));
                        any = true;
                    }
                    if (any) {
                        impression.add("note", notes);
                    }
                    sink.accept(impression.build());
                });
    }

    static void carePlans(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                SIGNED.replace(" from treatment_notes n", ", " + HANDOUTS + " as handouts from treatment_notes n")
                        + " and (n.home_care_note is not null or n.next_appointment is not null)"
                        + scope.only("n.client_id") + scope.orderBy("n.client_id, n.session_at, n.id"),
                row -> {
                    JsonObjectBuilder plan = J.resource("CarePlan", row.getString("id"))
                            .add("status", "completed")
                            .add("intent", "plan")
                            .add("title", "Home care")
                            .add("subject", J.reference("Patient", row.getString("client_id")))
                            .add("encounter", J.reference("Encounter", row.getString("id")))
                            .add("created", instant(row.getTimestamp("signed_at")))
                            .add("author", J.reference("Practitioner", row.getString("therapist_id")));
                    if (row.getString("home_care_note") != null) {
                        plan.add("description", row.getString("home_care_note"));
                    }
                    Timestamp next = row.getTimestamp("next_appointment");
                    if (next != null) {
                        plan.add(
                                "activity",
                                J.list(J.object()
                                        .add(
                                                "detail",
                                                J.object()
                                                        .add("kind", "Appointment")
                                                        .add("status", "scheduled")
                                                        .add(
                                                                "scheduledPeriod",
                                                                J.object().add("start", instant(next)))
                                                        .add("description", "Next appointment"))
                                        .build()));
                    }
                    JsonArray handouts = amendments(row.getString("handouts"));
                    if (!handouts.isEmpty()) {
                        JsonArrayBuilder documents = J.array();
                        handouts.forEach(h -> documents.add(
                                J.reference("DocumentReference", ((jakarta.json.JsonString) h).getString())));
                        plan.add("supportingInfo", documents);
                    }
                    sink.accept(plan.build());
                });
    }

    static void provenances(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(c, SIGNED + scope.only("n.client_id") + scope.orderBy("n.client_id, n.session_at, n.id"), row -> {
            String signedAt = instant(row.getTimestamp("signed_at"));
            JsonObject signer = J.reference("Practitioner", row.getString("therapist_id"));
            sink.accept(J.resource("Provenance", row.getString("id") + "-signature")
                    .add(
                            "target",
                            J.list(
                                    J.reference("Encounter", row.getString("id")),
                                    J.reference("ClinicalImpression", row.getString("id"))))
                    .add("recorded", signedAt)
                    .add("activity", J.concept("Signed: final from now on; corrections only as amendments"))
                    .add("agent", J.list(agent(signer)))
                    .add(
                            "signature",
                            J.list(J.object()
                                    .add(
                                            "type",
                                            J.list(J.coding(
                                                    Codes.SIGNATURE_TYPE,
                                                    "1.2.840.10065.1.12.1.1",
                                                    "Author's Signature")))
                                    .add("when", signedAt)
                                    .add("who", signer)
                                    .build()))
                    .build());
        });
        scope.each(
                c,
                "select a.id, a.note_id, a.author_id, a.amended_at, a.reason from note_amendments a"
                        + " join treatment_notes n on n.id = a.note_id where true" + scope.only("n.client_id")
                        + scope.orderBy("n.client_id, a.amended_at, a.id"),
                row -> sink.accept(J.resource("Provenance", row.getString("id"))
                        .add("target", J.list(J.reference("ClinicalImpression", row.getString("note_id"))))
                        .add("recorded", instant(row.getTimestamp("amended_at")))
                        .add("activity", J.concept(null, J.coding(Codes.DATA_OPERATION, "UPDATE", "revise")))
                        .add("reason", J.list(J.concept(row.getString("reason"))))
                        .add("agent", J.list(agent(J.reference("Practitioner", row.getString("author_id")))))
                        .build()));
    }

    private static JsonObject agent(JsonObject who) {
        return J.object()
                .add("type", J.concept(null, J.coding(Codes.PROVENANCE_AGENT, "author", "Author")))
                .add("who", who)
                .build();
    }

    private static final String AMENDMENTS = "(select coalesce(json_agg(json_build_object('author', a.author_id,"
            + " 'at', to_char(a.amended_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), 'reason',"
            + " a.reason, 'text', a.text) order by a.amended_at), '[]') from note_amendments a"
            + " where a.note_id = n.id)";

    private static final String HANDOUTS =
            "(select coalesce(json_agg(h.id order by h.issued_at), '[]')" + " from handouts h where h.note_id = n.id)";

    private static JsonArray amendments(String json) {
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    static String instant(Timestamp timestamp) {
        return timestamp.toInstant().toString();
    }
}
