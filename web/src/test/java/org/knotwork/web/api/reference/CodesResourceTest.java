package org.knotwork.web.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
import org.knotwork.practice.DateRegion;
import org.knotwork.practice.PressureUnit;
import org.knotwork.security.Role;
import org.knotwork.web.api.charting.EpisodeForm;
import org.knotwork.web.api.reference.CodesResource.Coded;

/** {@code GET /api/codes} serves every constant of each list the browser shows, in order, each with its own words. */
class CodesResourceTest {

    private final CodesResource.Codes codes = new CodesResource().codes();

    @Test
    void everyBodyPositionIsServedWithItsLabel() {
        assertEveryConstant(codes.positions(), BodyPosition.values(), BodyPosition::name);
        assertThat(codes.positions()).contains(new Coded("SIDE_LYING", "Lying on the side"));
    }

    @Test
    void everySelfPressureToolIsServedWithItsLabel() {
        assertEveryConstant(codes.pressureTools(), PressureTool.values(), PressureTool::name);
    }

    @Test
    void everyHandoutLanguageIsServedByItsCodeWithItsOwnName() {
        assertEveryConstant(codes.handoutLanguages(), HandoutLanguage.values(), HandoutLanguage::code);
        assertThat(codes.handoutLanguages()).contains(new Coded("en", "English"), new Coded("es", "Spanish (Español)"));
    }

    @Test
    void everyPrintSizeAndRegionIsServedWithItsLabel() {
        assertEveryConstant(codes.printSizes(), PrintSize.values(), PrintSize::name);
        assertEveryConstant(codes.regions(), Region.values(), Region::name);
    }

    @Test
    void everyPaperIsServedWithItsLabel() {
        assertEveryConstant(codes.paperSizes(), PaperSize.values(), PaperSize::name);
        assertThat(codes.paperSizes()).contains(new Coded("LETTER", "US Letter"));
    }

    @Test
    void theCentreLineBandIsTheOneThePointsSideIsJudgedBy() {
        assertThat(codes.midlineHalfWidth()).isEqualTo(RegionAreas.MIDLINE);
    }

    @Test
    void everyReleaseReasonAndHeatModalityIsServedWithItsLabel() {
        assertEveryConstant(codes.releaseReasons(), ReleaseReason.values(), ReleaseReason::name);
        assertEveryConstant(codes.heatModalities(), HeatModality.values(), HeatModality::name);
    }

    @Test
    void everyPressureUnitIsServedWithItsFactor() {
        assertThat(codes.pressureUnits())
                .extracting(CodesResource.PressureUnitView::code)
                .containsExactly(Arrays.stream(PressureUnit.values())
                        .map(PressureUnit::name)
                        .toArray(String[]::new));
    }

    @Test
    void everyCountryOfDatesIsServedAfterTheChoiceOfNoneWithTheExampleDayInEachLanguage() {
        assertThat(codes.dateRegions())
                .extracting(CodesResource.DateRegionView::code)
                .containsExactlyElementsOf(Stream.concat(
                                Stream.of((String) null),
                                Arrays.stream(DateRegion.values()).map(DateRegion::code))
                        .toList());
        assertThat(codes.dateRegions().get(0))
                .isEqualTo(new CodesResource.DateRegionView(
                        null,
                        "As the sheet's language writes them",
                        List.of(
                                new Coded("en", "March 2, 2026, 2:30 PM"),
                                new Coded("es", "2 de marzo de 2026, 14:30"))));
        assertThat(codes.dateRegions())
                .contains(new CodesResource.DateRegionView(
                        "GB",
                        "United Kingdom",
                        List.of(new Coded("en", "2 March 2026, 14:30"), new Coded("es", "2 de marzo de 2026, 14:30"))))
                .allSatisfy(region -> assertThat(region.examples())
                        .extracting(Coded::code)
                        .containsExactly(Arrays.stream(HandoutLanguage.values())
                                .map(HandoutLanguage::code)
                                .toArray(String[]::new)));
    }

    @Test
    void everySideIsServedAsAChoiceAndWithinASentence() {
        assertThat(codes.sides())
                .containsExactly(
                        new CodesResource.SideView("LEFT", "Client's left", "left"),
                        new CodesResource.SideView("RIGHT", "Client's right", "right"),
                        new CodesResource.SideView("MIDLINE", "Midline", "midline"));
        assertThat(Arrays.stream(Side.values()).map(Side::name))
                .containsExactlyElementsOf(
                        codes.sides().stream().map(CodesResource.SideView::code).toList());
    }

    @Test
    void everyBodyViewPointStatusAndFindingIsServedWithItsLabel() {
        assertEveryConstant(codes.views(), BodyView.values(), BodyView::name);
        assertThat(codes.views()).contains(new Coded("ANTERIOR", "Front"), new Coded("LATERAL_RIGHT", "Right side"));
        assertEveryConstant(codes.pointStatuses(), PointStatus.values(), PointStatus::name);
        assertEveryConstant(codes.findings(), Finding.values(), Finding::name);
        assertThat(codes.findings()).contains(new Coded("NOT_TESTED", "Not tested"));
    }

    @Test
    void theCriteriaAreServedByTheirFieldInThePointWithTheirWords() {
        assertEveryConstant(codes.criteria(), Criterion.values(), Criterion::field);
        assertThat(codes.criteria().get(0)).isEqualTo(new Coded("tautBand", "Taut band"));
        assertThat(codes.criteria()).contains(new Coded("recognisedPain", "Pain the client recognises"));
    }

    @Test
    void everyNoteStatusAndEpisodeKindIsServedWithItsLabel() {
        assertEveryConstant(codes.noteStatuses(), NoteStatus.values(), NoteStatus::name);
        assertEveryConstant(codes.episodeKinds(), EpisodeForm.Kind.values(), EpisodeForm.Kind::name);
        assertThat(codes.episodeKinds()).contains(new Coded("COMPRESSION", "Compression"));
    }

    @Test
    void everyRoleIsServedForOnePersonAndForEveryoneHoldingIt() {
        assertThat(codes.roles())
                .extracting(CodesResource.RoleView::code)
                .containsExactly(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        assertThat(codes.roles())
                .contains(new CodesResource.RoleView("OWNER", "Practice owner", "Practice owners"))
                .allSatisfy(role -> assertThat(role.plural()).startsWith(role.label()));
    }

    private static <T> void assertEveryConstant(List<Coded> served, T[] constants, Function<T, String> code) {
        assertThat(served)
                .extracting(Coded::code)
                .containsExactly(Arrays.stream(constants).map(code).toArray(String[]::new));
        assertThat(served).allSatisfy(entry -> assertThat(entry.label()).isNotBlank());
        assertThat(served.stream().map(Coded::label).distinct()).hasSameSizeAs(served);
    }
}
