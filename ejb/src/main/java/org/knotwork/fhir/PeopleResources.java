package org.knotwork.fhir;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import org.knotwork.client.Contraindication;

/**
 * Practitioner (every user a record names), Patient (the client) and Condition (the client's main complaint, and the
 * client's recent trauma with when it happened).
 */
final class PeopleResources {

    /** FHIR's dateTime with a time of day: seconds and an offset are required. */
    private static final DateTimeFormatter FHIR_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

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
                    sink.accept(condition(row, "-complaint")
                            .add("code", J.concept(row.getString("main_complaint")))
                            .add("subject", J.reference("Patient", row.getString("id")))
                            .add("recordedDate", created.toInstant().toString())
                            .build());
                });
    }

    /**
     * The client's recent trauma, with the clinic's date (and time, with the clinic's offset) it happened as its onset
     * and its recorded sites as body sites. Without a date it has no onset: the receiver, as Knotwork, cannot tell when
     * it stops being recent.
     */
    static void traumas(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select c.id, c.injury_date, c.injury_time, c.archived_at, (select string_agg(s.region, ','"
                        + " order by s.region) from client_contraindication_sites s where s.client_id = c.id"
                        + " and s.code = k.code) as sites from clients c join client_contraindications k"
                        + " on k.client_id = c.id and k.code = 'RECENT_TRAUMA' where true"
                        + scope.only("c.id") + scope.orderBy("c.id"),
                row -> {
                    JsonObjectBuilder trauma = condition(row, "-recent-trauma")
                            .add("code", J.concept(Contraindication.RECENT_TRAUMA.label()));
                    String sites = row.getString("sites");
                    if (sites != null) {
                        JsonArrayBuilder bodySites = J.array();
                        for (String region : sites.split(",")) {
                            bodySites.add(
                                    J.concept(null, J.coding(Codes.BODY_REGION, region, CodeSystems.words(region))));
                        }
                        trauma.add("bodySite", bodySites);
                    }
                    trauma.add("subject", J.reference("Patient", row.getString("id")));
                    Date injured = row.getDate("injury_date");
                    if (injured != null) {
                        Time at = row.getTime("injury_time");
                        trauma.add(
                                "onsetDateTime",
                                at == null
                                        ? injured.toLocalDate().toString()
                                        : injured.toLocalDate()
                                                .atTime(at.toLocalTime())
                                                .atZone(scope.clinicZone())
                                                .format(FHIR_DATE_TIME));
                    }
                    sink.accept(trauma.build());
                });
    }

    /** A Condition of the row's client, active unless the client is archived, on the problem list. */
    private static JsonObjectBuilder condition(ResultSet row, String suffix) throws SQLException {
        return J.resource("Condition", row.getString("id") + suffix)
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
                                null, J.coding(Codes.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))));
    }
}
