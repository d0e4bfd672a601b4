package org.knotwork.web.api.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.knotwork.fhir.Fhir;
import org.knotwork.fhir.FhirExportService;
import org.knotwork.security.Role;

/** A client's whole record as a FHIR R4 searchset Bundle: who may read the client's notes may export it. */
@Path("clients/{clientId}/$everything")
@RequestScoped
@RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
public class EverythingResource {

    @Inject
    private FhirExportService exports;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces({Fhir.MEDIA_TYPE, "application/json", "application/problem+json"})
    public Response everything(@PathParam("clientId") UUID clientId) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String bundle =
                exports.everything(clientId, uriInfo.getBaseUri().toString()).toString();
        return Response.ok(bundle, Fhir.MEDIA_TYPE).cacheControl(noStore).build();
    }
}
