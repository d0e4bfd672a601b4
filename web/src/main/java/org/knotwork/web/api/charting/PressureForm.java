package org.knotwork.web.api.charting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.JsonForm;

/** An algometer reading as entered: the value and its unit (the practice's unit when left out). */
public class PressureForm extends JsonForm {

    @NotNull(message = "Give the reading's value.")
    @Positive(message = "A pressure reading is above 0.")
    public Double value;

    public PressureUnit unit;

    static Double kpa(PressureForm form, PressureUnit practiceUnit) {
        if (form == null) {
            return null;
        }
        return (form.unit == null ? practiceUnit : form.unit).toKpa(form.value);
    }
}
