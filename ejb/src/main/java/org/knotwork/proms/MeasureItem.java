package org.knotwork.proms;

import java.util.List;

/**
 * One question of a measure as the session form asks it: a rating between {@code min} and {@code max} (each value
 * labelled where the measure words its answers, as PGIC does), and for PSFS a name the client gives the activity.
 */
public record MeasureItem(
        String linkId, String text, boolean named, int min, int max, List<Option> options, boolean required) {

    public MeasureItem {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A worded answer and the value it scores. */
    public record Option(int value, String label) {}

    boolean allows(int value) {
        return options.isEmpty()
                ? value >= min && value <= max
                : options.stream().anyMatch(o -> o.value() == value);
    }
}
