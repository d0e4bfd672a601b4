package org.knotwork.web.api.charting;

import org.knotwork.practice.PressureUnit;

/** A stored pressure, in kPa and in the practice's unit. */
public record PressureView(double kpa, double value, PressureUnit unit, String symbol) {

    static PressureView of(Double kpa, PressureUnit unit) {
        if (kpa == null) {
            return null;
        }
        double value = Math.round(unit.fromKpa(kpa) * 100) / 100.0;
        return new PressureView(kpa, value, unit, unit.symbol());
    }
}
