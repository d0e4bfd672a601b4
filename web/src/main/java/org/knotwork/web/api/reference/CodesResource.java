package org.knotwork.web.api.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.PrintSize;
import org.knotwork.practice.PressureUnit;

/**
 * The coded lists the browser shows, with their words, from their one home in Java: body regions (muscle catalogue,
 * main complaint), pressure units (with the factor to kPa, for converting as the therapist types), body positions
 * (on the table, and for a self-care step or stretch), self-pressure tools, the handout's languages and print sizes,
 * why a compression was released and what gave the heat. Clinical rules are not here: they are served by {@code GET /api/protocol}.
 */
@Path("codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CodesResource {

    public record Codes(
            List<Coded> regions,
            List<PressureUnitView> pressureUnits,
            List<Coded> positions,
            List<Coded> pressureTools,
            List<Coded> handoutLanguages,
            List<Coded> printSizes,
            List<Coded> releaseReasons,
            List<Coded> heatModalities) {}

    /** One entry of a coded list: the code the API takes and answers, and the words a person reads. */
    public record Coded(String code, String label) {}

    public record PressureUnitView(String code, String symbol, double kpaPerUnit) {}

    @GET
    public Codes codes() {
        return new Codes(
                coded(Region.values(), Region::name, Region::label),
                Arrays.stream(PressureUnit.values())
                        .map(u -> new PressureUnitView(u.name(), u.symbol(), u.toKpa(1)))
                        .toList(),
                coded(BodyPosition.values(), BodyPosition::name, BodyPosition::label),
                coded(PressureTool.values(), PressureTool::name, PressureTool::label),
                coded(HandoutLanguage.values(), HandoutLanguage::code, HandoutLanguage::label),
                coded(PrintSize.values(), PrintSize::name, PrintSize::label),
                coded(ReleaseReason.values(), ReleaseReason::name, ReleaseReason::label),
                coded(HeatModality.values(), HeatModality::name, HeatModality::label));
    }

    private static <T> List<Coded> coded(T[] constants, Function<T, String> code, Function<T, String> label) {
        return Arrays.stream(constants)
                .map(constant -> new Coded(code.apply(constant), label.apply(constant)))
                .toList();
    }
}
