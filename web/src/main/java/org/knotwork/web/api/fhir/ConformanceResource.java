package org.knotwork.web.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.knotwork.fhir.Fhir;
import org.knotwork.fhir.FhirExportService;
import org.knotwork.security.Role;

/** Knotwork's CodeSystems, ConceptMap, extension StructureDefinitions and Questionnaires, as one Bundle. */
@Path("fhir/conformance")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER, Role.Names.ADMIN})
public class ConformanceResource {

    @Inject
    private FhirExportService exports;

    @GET
    @Produces({Fhir.MEDIA_TYPE, "application/json"})
    public Response conformance() {
        return Response.ok(exports.conformance().toString(), Fhir.MEDIA_TYPE).build();
    }
}
