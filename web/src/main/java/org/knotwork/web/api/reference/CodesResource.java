package org.knotwork.web.api.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Criterion;
import org.knotwork.bodymap.Finding;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.RegionAreas;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PaperSize;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.PrintSize;
import org.knotwork.handout.SheetDates;
import org.knotwork.practice.DateRegion;
import org.knotwork.practice.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.web.api.charting.EpisodeForm;

/**
 * The coded lists the browser shows, with their words, from their one home in Java: body regions (muscle catalogue,
 * main complaint), pressure units (with the factor to kPa, for converting as the therapist types), body positions
 * (on the table, and for a self-care step or stretch), self-pressure tools, the handout's languages, print sizes and
 * papers, the countries whose dates the handouts may follow, why a compression was released and what gave the heat; a
 * point's side, body view and status, the diagnostic criteria and their findings, a note's status, an episode's kind
 * and the users' roles; and the half-width of the body map's centre-line band, by which a tap's side is suggested as
 * the server judges a point's side. Clinical rules are not here: they are served by {@code GET /api/protocol}.
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
            List<DateRegionView> dateRegions,
            List<Coded> printSizes,
            List<Coded> paperSizes,
            List<Coded> releaseReasons,
            List<Coded> heatModalities,
            List<SideView> sides,
            List<Coded> views,
            List<Coded> pointStatuses,
            List<Coded> criteria,
            List<Coded> findings,
            List<Coded> noteStatuses,
            List<Coded> episodeKinds,
            List<RoleView> roles,
            double midlineHalfWidth) {}

    /** One entry of a coded list: the code the API takes and answers, and the words a person reads. */
    public record Coded(String code, String label) {}

    /** A side as a choice names it ({@code label}: "Client's left") and within a sentence ({@code words}: "left"). */
    public record SideView(String code, String label, String words) {}

    /** A role as one person holds it ({@code label}) and as everyone holding it ({@code plural}). */
    public record RoleView(String code, String label, String plural) {}

    public record PressureUnitView(String code, String symbol, double kpaPerUnit) {}

    /**
     * A country whose way of writing dates the handouts may follow, with the same day and time as each language's
     * sheet writes it there ({@code examples}, by language code), written by the sheet's own code. The first, with no
     * code, is the choice of none: each language's own way.
     */
    public record DateRegionView(String code, String label, List<Coded> examples) {}

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
                dateRegions(),
                coded(PrintSize.values(), PrintSize::name, PrintSize::label),
                coded(PaperSize.values(), PaperSize::name, PaperSize::label),
                coded(ReleaseReason.values(), ReleaseReason::name, ReleaseReason::label),
                coded(HeatModality.values(), HeatModality::name, HeatModality::label),
                Arrays.stream(Side.values())
                        .map(side -> new SideView(side.name(), side.label(), side.words()))
                        .toList(),
                coded(BodyView.values(), BodyView::name, BodyView::label),
                coded(PointStatus.values(), PointStatus::name, PointStatus::label),
                coded(Criterion.values(), Criterion::field, Criterion::label),
                coded(Finding.values(), Finding::name, Finding::label),
                coded(NoteStatus.values(), NoteStatus::name, NoteStatus::label),
                coded(EpisodeForm.Kind.values(), EpisodeForm.Kind::name, EpisodeForm.Kind::label),
                Arrays.stream(Role.values())
                        .map(role -> new RoleView(role.name(), role.label(), role.plural()))
                        .toList(),
                RegionAreas.MIDLINE);
    }

    private static List<DateRegionView> dateRegions() {
        List<DateRegionView> regions = new ArrayList<>();
        regions.add(new DateRegionView(null, DateRegion.NONE_LABEL, examples(null)));
        for (DateRegion region : DateRegion.values()) {
            regions.add(new DateRegionView(region.code(), region.label(), examples(region)));
        }
        return regions;
    }

    private static List<Coded> examples(DateRegion region) {
        return Arrays.stream(HandoutLanguage.values())
                .map(language -> new Coded(
                        language.code(), SheetDates.of(language, region).dateTime(SheetDates.EXAMPLE)))
                .toList();
    }

    private static <T> List<Coded> coded(T[] constants, Function<T, String> code, Function<T, String> label) {
        return Arrays.stream(constants)
                .map(constant -> new Coded(code.apply(constant), label.apply(constant)))
                .toList();
    }
}
