package org.knotwork.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.Dosage;

/**
 * Heat at home for a client: the usual gentle 5–10 minutes, only the shortest of them, mild, for a heart condition, or
 * none. Decided once per sheet ({@link SheetRules#heat}); the heat box, the introduction, the safety box and the week's
 * table all print it from here, so a sheet never gives two heat times, nor heat advice beside "no heat".
 */
enum HeatDose {
    USUAL("heat.how", "doses.heat", Dosage.HEAT_MINUTES.min(), Dosage.HEAT_MINUTES.max()),
    SHORT_AND_MILD("heat.how.short", "doses.heat.short", Dosage.HEAT_MINUTES.min(), Dosage.HEAT_MINUTES.min()),
    NONE(null, null, 0, 0);

    private final String instruction;
    private final String tableRow;
    private final int fromMinutes;
    private final int toMinutes;

    HeatDose(String instruction, String tableRow, int fromMinutes, int toMinutes) {
        this.instruction = instruction;
        this.tableRow = tableRow;
        this.fromMinutes = fromMinutes;
        this.toMinutes = toMinutes;
    }

    /**
     * The heat box's sentence: what to rest on the treated area, and for how long; when a rule keeps heat off some
     * treated areas, the sentence ends "only on these treated areas:" and a line per body region follows, naming the
     * areas that may be warmed (a pregnancy with many points treated would otherwise be one long run of places).
     */
    List<String> instruction(HandoutWording words, String modality, SortedMap<Region, List<String>> onlyOn) {
        if (this == NONE) {
            throw new IllegalStateException("No heat is given, so there is no heat to describe.");
        }
        if (onlyOn.isEmpty()) {
            return List.of(words.text(instruction, modality, fromMinutes, toMinutes));
        }
        List<String> lines = new ArrayList<>();
        lines.add(words.text(instruction + ".only", modality, fromMinutes, toMinutes));
        onlyOn.forEach((region, muscles) ->
                lines.add(words.text("heat.area", words.text("region." + region.name()), areas(words, muscles))));
        return lines;
    }

    /** The week's table's row for the heat, naming the areas as the heat box does; none when no heat is given. */
    Optional<String> tableRow(HandoutWording words, SortedMap<Region, List<String>> onlyOn) {
        if (this == NONE) {
            return Optional.empty();
        }
        List<String> muscles = onlyOn.values().stream().flatMap(List::stream).toList();
        return Optional.of(
                onlyOn.isEmpty()
                        ? words.text(tableRow, fromMinutes, toMinutes)
                        : words.text(tableRow + ".only", fromMinutes, toMinutes, areas(words, muscles)));
    }

    private static String areas(HandoutWording words, List<String> muscleCodes) {
        return muscleCodes.stream().map(words::layName).distinct().collect(Collectors.joining("; "));
    }

    /**
     * A precaution of the safety box as this dose lets it read: a heart condition's line speaks of heat ("keep it short
     * and mild") only when heat is given at all; when another condition rules heat out, it says so instead.
     */
    String precaution(HandoutWording words, Contraindication condition, LocalDate traumaNotBefore) {
        if (this == NONE && condition == Contraindication.CARDIAC) {
            return words.text("safety.CARDIAC.heat.none");
        }
        return words.precaution(condition, traumaNotBefore);
    }
}
