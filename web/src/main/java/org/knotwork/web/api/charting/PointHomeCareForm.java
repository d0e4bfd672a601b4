package org.knotwork.web.api.charting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.OwnStretch;
import org.knotwork.web.api.json.JsonForm;

/**
 * A treated point's home care as sent: the self-pressure and stretch doses for home (the usual home doses when left
 * out; the domain refuses any outside the self-care ranges), and the stretch printed — a catalogue stretch of the
 * point's muscle by code, or the therapist's own, not both.
 */
public class PointHomeCareForm extends JsonForm {

    @Valid
    public DoseForm selfPressure;

    @Valid
    public DoseForm stretch;

    @Size(max = 60, message = "A stretch code is at most 60 characters.")
    public String stretchCode;

    @Valid
    public OwnStretchForm ownStretch;

    /** How long and how many times. */
    public static class DoseForm extends JsonForm {
        public Integer holdSeconds;
        public Integer repetitions;
    }

    /** A stretch in the therapist's own words, with the position it is done in and whether it bends the spine. */
    public static class OwnStretchForm extends JsonForm {

        @Size(max = 200, message = "The stretch's name is at most 200 characters.")
        public String name;

        @Size(max = 8, message = "A stretch has at most 8 steps.")
        public List<@Size(max = 500, message = "A step is at most 500 characters.") String> steps;

        public BodyPosition position;

        public Boolean loadsSpinalFlexion;
    }

    HomePlan toPlan() {
        OwnStretch own = ownStretch == null
                ? null
                : new OwnStretch(
                        ownStretch.name,
                        ownStretch.steps,
                        ownStretch.position,
                        Boolean.TRUE.equals(ownStretch.loadsSpinalFlexion));
        return new HomePlan(
                selfPressure == null ? null : selfPressure.holdSeconds,
                selfPressure == null ? null : selfPressure.repetitions,
                stretch == null ? null : stretch.holdSeconds,
                stretch == null ? null : stretch.repetitions,
                null,
                own);
    }
}
