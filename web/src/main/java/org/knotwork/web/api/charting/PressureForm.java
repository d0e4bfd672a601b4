package org.knotwork.web.api.charting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;
import org.knotwork.charting.PointMeasurement;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.JsonForm;

/** An algometer reading as entered: the value and its unit (the practice's unit when left out). */
public class PressureForm extends JsonForm {

    @NotNull(message = "Give the reading's value.")
    @Positive(message = "A pressure reading is above 0.")
    public Double value;

    public PressureUnit unit;

    /** The reading in kPa. */
    static Double kpa(PressureForm form, PressureUnit practiceUnit) {
        return form == null ? null : (form.unit == null ? practiceUnit : form.unit).toKpa(form.value);
    }

    /**
     * The reading in kPa as a pressure-pain threshold; one above the highest plausible threshold goes to {@code refused}, naming {@code field} and
     * the limit in the unit the reading was given in (a therapist who typed kgf/cm² reads the limit in kgf/cm²).
     */
    static Double kpa(
            PressureForm form, PressureUnit practiceUnit, String field, Consumer<RuleViolationException> refused) {
        if (form == null) {
            return null;
        }
        PressureUnit unit = form.unit == null ? practiceUnit : form.unit;
        double kpa = unit.toKpa(form.value);
        if (kpa > PointMeasurement.MAX_PPT_KPA) {
            String limit = BigDecimal.valueOf(unit.fromKpa(PointMeasurement.MAX_PPT_KPA))
                    .setScale(2, RoundingMode.DOWN)
                    .stripTrailingZeros()
                    .toPlainString();
            refused.accept(new RuleViolationException(
                    field, "A pressure-pain threshold is at most " + limit + " " + unit.symbol() + "."));
            return null;
        }
        return kpa;
    }
}
