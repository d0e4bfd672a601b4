package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.MuscleCare;

/**
 * Each contraindication against a treated muscle in each region (and the groin, inner thigh and calf the rules name
 * apart), as the home-care sheet shows it: the self-pressure usual, gentle or left off; the stretch printed or not;
 * heat given, short, or left off. Every muscle is given a plain text (fingers, sitting) and a plain stretch
 * (standing, back straight), so only where-and-what rules act here; the expectations are written out below from
 * DOMAIN.md's table, not read from the rule set. No site is recorded for the conditions at a site.
 */
class SheetMatrixTest {

    /** contraindication | the places (* for all) | pressure: USUAL, GENTLE or NONE | stretch: YES or NONE. */
    static final String EXPECTED = """
            ANTICOAGULANTS      | *  | GENTLE | YES
            IMPAIRED_SENSATION  | *  | GENTLE | YES
            DIABETIC_NEUROPATHY | *  | GENTLE | YES
            DVT_HISTORY         | RECTUS_FEMORIS ADDUCTOR_MAGNUS TIBIALIS_ANTERIOR GASTROCNEMIUS | NONE | YES
            PREGNANCY           | RECTUS_ABDOMINIS | NONE | NONE
            PREGNANCY           | ILIOPSOAS ADDUCTOR_MAGNUS | NONE | YES
            PREGNANCY           | GASTROCNEMIUS | GENTLE | YES
            RECENT_TRAUMA       | *  | NONE | NONE
            SKIN_LESION         | *  | NONE | YES
            CANCER_HISTORY      | *  | NONE | YES
            """;

    /** contraindication → heat: GIVEN, SHORT or NONE; any not listed is GIVEN. */
    static final Map<Contraindication, String> HEAT = Map.of(
            Contraindication.IMPAIRED_SENSATION, "NONE",
            Contraindication.DIABETIC_NEUROPATHY, "NONE",
            Contraindication.RECENT_TRAUMA, "NONE",
            Contraindication.FEVER, "NONE",
            Contraindication.SKIN_LESION, "NONE",
            Contraindication.CARDIAC, "SHORT");

    /**
     * contraindication → the regions whose treated points get no heat at home: the belly and low back in pregnancy;
     * near a cancer's site (with no site recorded, anywhere), where a clinician asks first, as for pressing there.
     */
    static final Map<Contraindication, Set<Region>> NO_HEAT_AT = Map.of(
            Contraindication.PREGNANCY, EnumSet.of(Region.ABDOMEN, Region.LOW_BACK),
            Contraindication.CANCER_HISTORY, EnumSet.allOf(Region.class));

    static String expected(Contraindication condition, Muscle place) {
        return EXPECTED.lines()
                        .map(line -> line.split("\\|"))
                        .filter(cells -> cells[0].strip().equals(condition.name()))
                        .filter(cells -> cells[1].strip().equals("*")
                                || Arrays.asList(cells[1].strip().split("\\s+")).contains(place.code()))
                        .map(cells -> cells[2].strip() + " " + cells[3].strip())
                        .findFirst()
                        .orElse("USUAL YES")
                + " "
                + (NO_HEAT_AT.getOrDefault(condition, Set.of()).contains(place.region())
                        ? "NONE"
                        : HEAT.getOrDefault(condition, "GIVEN"));
    }

    static Stream<Arguments> pairs() {
        return Arrays.stream(Contraindication.values())
                .flatMap(condition -> org.knotwork.charting.ContraindicationMatrixFixtures.PLACES.stream()
                        .map(place -> Arguments.of(condition, place)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("pairs")
    void theSheetGivesWhatTheSafetyTableAllows(Contraindication condition, Muscle place) {
        Client client = HandoutFixtures.client(condition);
        TreatmentNote note = HandoutFixtures.note(
                client,
                HomeCare.NONE,
                List.of(HandoutFixtures.treated(client, place, Side.RIGHT, BodyView.POSTERIOR, 0.6, 0.5, 60)));
        SelfCareText plain = new SelfCareText(
                "Press with your thumb.",
                BodyPosition.SEATED,
                PressureTool.HAND,
                "Press lightly with your fingertips.",
                "Daily.");
        HomeStretch standing = HandoutFixtures.stretch(
                place.code() + "_STANDING", "Standing stretch", BodyPosition.STANDING, false, "Stand tall.");
        HandoutContent content = new HandoutComposer(ZoneOffset.UTC)
                .compose(
                        HandoutFixtures.read(note),
                        new HandoutFacts(
                                HandoutFixtures.LETTERHEAD,
                                "Zoë O'Brien",
                                "Jo Bloggs",
                                client.contraindications(),
                                Map.of(),
                                Map.of(place.code(), plain),
                                Map.of(place.code(), List.of(standing)),
                                Map.of(),
                                Instant.EPOCH,
                                null,
                                null));

        MuscleCare care = content.muscles().get(0);
        String pressure = care.pressure().withheld()
                ? "NONE"
                : care.pressure().instructions().equals(plain.gentlePressure()) ? "GENTLE" : "USUAL";
        String stretch = care.stretch().stretch() == null ? "NONE" : "YES";
        String heat = content.heat().withheld() ? "NONE" : content.heat().shortAndMild() ? "SHORT" : "GIVEN";
        assertThat(pressure + " " + stretch + " " + heat).isEqualTo(expected(condition, place));
        assertThat(care.pressure().withheld() || care.pressure().notes().isEmpty() == pressure.equals("USUAL"))
                .as("a gentle version always says why")
                .isTrue();
        assertThat(content.heat().notes().isEmpty())
                .as("heat left off or changed always says why")
                .isEqualTo(heat.equals("GIVEN") && condition != Contraindication.PREGNANCY);
    }
}
