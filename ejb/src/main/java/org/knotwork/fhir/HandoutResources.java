package org.knotwork.fhir;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A DocumentReference per handout issued to the client: the PDF's link (fetching it re-issues the same bytes, built
 * from the snapshot of its first issue, and records that issue), its SHA-256, who issued it and for which session.
 */
final class HandoutResources {

    private HandoutResources() {}

    static void documentReferences(Connection c, Scope scope, ResourceSink sink) throws SQLException {
        scope.each(
                c,
                "select h.id, h.note_id, h.client_id, h.issued_at, h.issued_by, h.paper, h.sha256 from handouts h"
                        + " where true" + scope.only("h.client_id") + scope.orderBy("h.client_id, h.issued_at, h.id"),
                row -> sink.accept(J.resource("DocumentReference", row.getString("id"))
                        .add(
                                "identifier",
                                J.list(J.object()
                                        .add("system", Fhir.URN)
                                        .add("value", "urn:uuid:" + row.getString("id"))
                                        .build()))
                        .add("status", "current")
                        .add("type", J.concept("Home-care handout"))
                        .add("subject", J.reference("Patient", row.getString("client_id")))
                        .add("date", SessionResources.instant(row.getTimestamp("issued_at")))
                        .add("author", J.list(J.reference("Practitioner", row.getString("issued_by"))))
                        .add(
                                "content",
                                J.list(J.object()
                                        .add(
                                                "attachment",
                                                J.object()
                                                        .add(
                                                                "extension",
                                                                J.list(J.extension(
                                                                        Extensions.SHA256.url(),
                                                                        "valueString",
                                                                        row.getString("sha256"))))
                                                        .add("contentType", "application/pdf")
                                                        .add(
                                                                "url",
                                                                scope.baseUrl() + "notes/" + row.getString("note_id")
                                                                        + "/handout?paper=" + row.getString("paper"))
                                                        .add(
                                                                "title",
                                                                "Home-care handout (" + row.getString("paper") + ")")
                                                        .add(
                                                                "creation",
                                                                SessionResources.instant(
                                                                        row.getTimestamp("issued_at"))))
                                        .build()))
                        .add(
                                "context",
                                J.object().add("encounter", J.list(J.reference("Encounter", row.getString("note_id")))))
                        .build()));
    }
}
