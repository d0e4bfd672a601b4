package org.knotwork.fhir;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.charting.NotesVisibility;
import org.knotwork.client.ClientService;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.proms.PromService;
import org.knotwork.proms.QuestionnaireDefinition;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/**
 * A client's whole record as a FHIR Bundle, for their right of access or a move to another system: who may read the
 * client's notes may export it, and every export is on the audit trail. Also the practice's conformance resources.
 */
@Stateless
public class FhirExportService {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The searchset Bundle of everything about the client; {@code baseUrl} is the API's address, ending in /. */
    public JsonObject everything(@NotNull UUID clientId, @NotNull String baseUrl) {
        if (!currentUser.hasRole(Role.THERAPIST) && !currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Only therapists and the owner export clients' records.");
        }
        ClientService.find(em, clientId);
        NotesVisibility.requireMaySee(em, currentUser, clientId);
        String fhirBase = baseUrl + "fhir/";
        JsonArrayBuilder entries = J.array();
        int[] count = {0};
        try (Connection connection = database.getConnection()) {
            Scope scope = Scope.client(clientId, baseUrl, clock.getZone());
            FhirResources.write(connection, scope, PromService.measures(em), resource -> {
                count[0]++;
                entries.add(J.object()
                        .add("fullUrl", fhirBase + resource.getString("resourceType") + "/" + resource.getString("id"))
                        .add("resource", resource)
                        .add("search", J.object().add("mode", "match")));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not export the client's record", e);
        }
        audit.record(
                AuditAction.FHIR_EXPORTED,
                "CLIENT",
                clientId,
                clientId,
                AuditOutcome.SUCCESS,
                "FHIR Bundle of " + count[0] + " resource(s)");
        return J.object()
                .add("resourceType", "Bundle")
                .add("type", "searchset")
                .add("total", count[0])
                .add("entry", entries)
                .build();
    }

    /** Knotwork's code systems, concept map, extensions and questionnaires for this practice, as a Bundle. */
    public JsonObject conformance() {
        List<Conformance.MuscleCode> muscles = em.createQuery(
                        "select new org.knotwork.fhir.Conformance$MuscleCode(m.code, m.name, m.snomedCode)"
                                + " from Muscle m order by m.sortOrder",
                        Conformance.MuscleCode.class)
                .getResultList();
        Map<String, String> loaded = em
                .createQuery("select q from QuestionnaireDefinition q", QuestionnaireDefinition.class)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(QuestionnaireDefinition::code, QuestionnaireDefinition::definition));
        return Conformance.bundle(Conformance.resources(muscles, PromService.measures(em), loaded));
    }
}
