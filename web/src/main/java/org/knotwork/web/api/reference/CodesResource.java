package org.knotwork.web.api.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.knotwork.bodymap.Region;
import org.knotwork.practice.PressureUnit;

/**
 * The coded lists the browser shows, with their words, from their one home in Java: body regions (muscle catalogue,
 * main complaint) and pressure units (with the factor to kPa, for converting as the therapist types). Clinical
 * rules are not here: they are served by {@code GET /api/protocol}.
 */
@Path("codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CodesResource {

    public record Codes(List<RegionView> regions, List<PressureUnitView> pressureUnits) {}

    public record RegionView(String code, String label) {}

    public record PressureUnitView(String code, String symbol, double kpaPerUnit) {}

    @GET
    public Codes codes() {
        return new Codes(
                Arrays.stream(Region.values())
                        .map(r -> new RegionView(r.name(), r.label()))
                        .toList(),
                Arrays.stream(PressureUnit.values())
                        .map(u -> new PressureUnitView(u.name(), u.symbol(), u.toKpa(1)))
                        .toList());
    }
}
