package org.knotwork.web.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.HeatModality;
import org.knotwork.charting.ReleaseReason;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.PressureTool;
import org.knotwork.handout.PrintSize;
import org.knotwork.practice.PressureUnit;
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

    private static <T> void assertEveryConstant(List<Coded> served, T[] constants, Function<T, String> code) {
        assertThat(served)
                .extracting(Coded::code)
                .containsExactly(Arrays.stream(constants).map(code).toArray(String[]::new));
        assertThat(served).allSatisfy(entry -> assertThat(entry.label()).isNotBlank());
        assertThat(served.stream().map(Coded::label).distinct()).hasSameSizeAs(served);
    }
}
