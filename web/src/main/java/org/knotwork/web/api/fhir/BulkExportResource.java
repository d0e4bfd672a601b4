package org.knotwork.web.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.knotwork.fhir.BulkExport;
import org.knotwork.fhir.BulkExportFile;
import org.knotwork.fhir.BulkExportService;
import org.knotwork.fhir.BulkExportStatus;
import org.knotwork.fhir.Fhir;
import org.knotwork.platform.JsonP;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.json.TakesNoBody;

/**
 * The practice-wide export after the FHIR Bulk Data pattern: kick-off ({@code GET fhir/$export} with
 * {@code Prefer: respond-async}) answers 202 with the status URL in Content-Location; polling it answers 202 while it
 * runs, then 200 with the manifest of NDJSON files; DELETE removes the export and its files. Owners only.
 */
@Path("fhir")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
public class BulkExportResource {

    @Inject
    private BulkExportService exports;

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("$export")
    @Produces({Fhir.MEDIA_TYPE, "application/json", "application/problem+json"})
    public Response kickOff(
            @HeaderParam("Prefer") String prefer,
            @jakarta.ws.rs.QueryParam("_outputFormat") String outputFormat,
            @jakarta.ws.rs.QueryParam("_since") String since,
            @jakarta.ws.rs.QueryParam("_type") String types) {
        if (prefer == null || !prefer.contains("respond-async")) {
            throw new RuleViolationException(
                    "Prefer", "A bulk export runs in the background: send Prefer: respond-async.");
        }
        if (outputFormat != null
                && !List.of("application/fhir+ndjson", "application/ndjson", "ndjson")
                        .contains(outputFormat)) {
            throw new RuleViolationException("_outputFormat", "Files are written as application/fhir+ndjson only.");
        }
        if (since != null || types != null) {
            throw new RuleViolationException(
                    since != null ? "_since" : "_type",
                    "This server exports the whole practice; drop _since and _type.");
        }
        UUID started = exports.start(uriInfo.getBaseUri().toString(), BulkExport::id);
        return Response.accepted()
                .header("Content-Location", statusUrl(started))
                .build();
    }

    @GET
    @Path("bulk/{id}")
    @Produces({"application/json", "application/problem+json"})
    public Response status(@PathParam("id") UUID id) {
        ExportState export = exports.status(id, ExportState::of);
        if (export.status() == BulkExportStatus.QUEUED || export.status() == BulkExportStatus.RUNNING) {
            return Response.accepted()
                    .header("X-Progress", export.status() == BulkExportStatus.QUEUED ? "queued" : "running")
                    .header("Retry-After", "5")
                    .build();
        }
        if (export.status() == BulkExportStatus.FAILED) {
            return Response.serverError()
                    .type(Fhir.MEDIA_TYPE)
                    .entity(JsonP.PROVIDER
                            .createObjectBuilder()
                            .add("resourceType", "OperationOutcome")
                            .add(
                                    "issue",
                                    JsonP.PROVIDER
                                            .createArrayBuilder()
                                            .add(JsonP.PROVIDER
                                                    .createObjectBuilder()
                                                    .add("severity", "error")
                                                    .add("code", "exception")
                                                    .add("diagnostics", export.error())))
                            .build()
                            .toString())
                    .build();
        }
        JsonArrayBuilder output = JsonP.PROVIDER.createArrayBuilder();
        for (BulkExportFile file : exports.files(id)) {
            output.add(JsonP.PROVIDER
                    .createObjectBuilder()
                    .add("type", file.resourceType())
                    .add("url", statusUrl(id) + "/" + file.resourceType() + ".ndjson")
                    .add("count", file.resources())
                    .add("extension", JsonP.PROVIDER.createObjectBuilder().add("bytes", file.bytes())));
        }
        return Response.ok(JsonP.PROVIDER
                        .createObjectBuilder()
                        .add("transactionTime", export.requestedAt().toString())
                        .add("request", uriInfo.getBaseUri() + "fhir/$export")
                        .add("requiresAccessToken", true)
                        .add("output", output)
                        .add("error", JsonP.PROVIDER.createArrayBuilder())
                        .build()
                        .toString())
                .type("application/json")
                .build();
    }

    /** What the status answer shows of an export, read in the service's transaction. */
    record ExportState(BulkExportStatus status, String error, java.time.Instant requestedAt) {
        static ExportState of(BulkExport export) {
            return new ExportState(export.status(), export.error(), export.requestedAt());
        }
    }

    @DELETE
    @TakesNoBody
    @Path("bulk/{id}")
    public Response delete(@PathParam("id") UUID id) {
        exports.delete(id);
        return Response.accepted().build();
    }

    /** One resource type's NDJSON; gzip-compressed when the caller accepts it (as stored), else expanded. */
    @GET
    @Path("bulk/{id}/{type: [A-Za-z]+}.ndjson")
    @Produces({Fhir.NDJSON, "application/problem+json"})
    public Response file(
            @PathParam("id") UUID id,
            @PathParam("type") String type,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        BulkExportFile file = exports.download(id, type);
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        StreamingOutput body = out -> exports.write(id, file, out, gzip);
        Response.ResponseBuilder response = Response.ok(body, Fhir.NDJSON);
        return (gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response).build();
    }

    private String statusUrl(UUID id) {
        return uriInfo.getBaseUri() + "fhir/bulk/" + id;
    }
}
