package org.knotwork.handout;

import org.knotwork.safety.Dosage;

/**
 * How long a client is told to use heat at home: the usual gentle 5–10 minutes, or only the shortest of them, mild,
 * for a heart condition. Decided once per sheet ({@link HandoutContent.HeatAdvice#dose()}); the heat box and the
 * week's table both print it from here, so a sheet never gives two heat times.
 */
enum HeatDose {
    USUAL("heat.how", "doses.heat", Dosage.HEAT_MINUTES.min(), Dosage.HEAT_MINUTES.max()),
    SHORT_AND_MILD("heat.how.short", "doses.heat.short", Dosage.HEAT_MINUTES.min(), Dosage.HEAT_MINUTES.min());

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

    /** The heat box's sentence: what to rest on the treated area, and for how long. */
    String instruction(HandoutWording words, String modality) {
        return words.text(instruction, modality, fromMinutes, toMinutes);
    }

    /** The week's table's row for the heat. */
    String tableRow(HandoutWording words) {
        return words.text(tableRow, fromMinutes, toMinutes);
    }
}
