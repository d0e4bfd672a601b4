package org.knotwork.web.api.bodymap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.knotwork.bodymap.ContraindicationSites;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.Role;
import org.knotwork.web.api.Versions;
import org.knotwork.web.api.json.JsonForm;

/**
 * Where a client's recent injury, skin lesion or cancer is, by body region: the charting rules flag treatment there,
 * and the home-care sheet keeps pressure and heat off it. None recorded means anywhere.
 */
@Path("clients/{clientId}/contraindication-sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContraindicationSiteResource {

    @Inject
    private ContraindicationSites sites;

    /** {@code {"sites": {"RECENT_TRAUMA": ["SHOULDER"], ...}}}. */
    public static class SitesForm extends JsonForm {
        public Map<String, List<String>> sites;
    }

    public record SitesView(Map<Contraindication, Set<Region>> sites) {}

    /** With the client's version as the ETag: the sites are part of the client's record. */
    @GET
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.OWNER})
    public Response read(@PathParam("clientId") UUID clientId) {
        return withVersion(sites.read(clientId));
    }

    /** Needs {@code If-Match}, the client's version as read (400 without it): a client changed since is refused with 409. */
    @PUT
    @RolesAllowed(Role.Names.THERAPIST)
    public Response replace(
            @PathParam("clientId") UUID clientId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SitesForm form) {
        if (form == null || form.sites == null) {
            throw new RuleViolationException(
                    "sites", "Send the sites as {\"sites\": {\"RECENT_TRAUMA\": [\"SHOULDER\"]}}.");
        }
        Map<Contraindication, Set<Region>> given = new EnumMap<>(Contraindication.class);
        form.sites.forEach((code, regions) -> given.put(
                known(Contraindication.class, code, "sites", "contraindication"),
                regions == null ? Set.of() : eachOnce(code, regions)));
        return withVersion(sites.replace(clientId, Versions.expected(ifMatch), given));
    }

    private static Response withVersion(ContraindicationSites.Recorded recorded) {
        return Response.ok(new SitesView(recorded.sites()))
                .tag(new EntityTag(String.valueOf(recorded.version())))
                .build();
    }

    /** A contraindication's regions, each named once: a region given twice is refused, not merged. */
    private static Set<Region> eachOnce(String code, List<String> regions) {
        Set<Region> named = EnumSet.noneOf(Region.class);
        for (int i = 0; i < regions.size(); i++) {
            String field = "sites." + code + "[" + i + "]";
            if (!named.add(known(Region.class, regions.get(i), field, "body region"))) {
                throw new RuleViolationException(field, "List each body region once: this one is given before.");
            }
        }
        return named;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String code, String field, String what) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        field,
                        "Unknown " + what + ". Known: "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + "."));
    }
}
