package org.knotwork.web.api.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.knotwork.clientimport.ClientImportService;
import org.knotwork.clientimport.ImportReport;
import org.knotwork.security.Role;
import org.knotwork.web.api.problem.Problem;

/**
 * Clients from another system's CSV ({@code text/csv}, the column mapping in docs/interoperability.md). With
 * {@code dryRun=true} the file is only checked; otherwise every client is taken on, or, with any bad row, none (400,
 * one error per problem, named {@code row <n>.<field>}).
 */
@Path("clients/import")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
public class ClientImportResource {

    @Inject
    private ClientImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response importClients(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, String csv) {
        ImportReport report = dryRun ? imports.check(csv) : imports.importAll(csv);
        if (dryRun || report.clean()) {
            return Response.ok(report).build();
        }
        List<Problem.FieldError> errors = report.problems().stream()
                .map(p -> new Problem.FieldError("row " + p.row() + "." + p.field(), p.message()))
                .toList();
        return Problem.invalid(
                        report.badRows().size() + " of " + report.rows()
                                + " rows need correcting; no client was imported.",
                        errors)
                .toResponse();
    }
}
